
namespace Woodbrook.Monitor.Classify;

/// <summary>What the classify and evaluate commands share: the practice (a file, or the "Practice" section) and input.</summary>
internal static class CommandSupport
{
    public static PracticeOptions Practice(IConfiguration configuration, string? practiceFile)
    {
        if (!string.IsNullOrEmpty(practiceFile))
        {
            return PracticeFile.Load(ResolvePath(practiceFile));
        }
        var practice = new PracticeOptions();
        configuration.GetSection(PracticeOptions.Section).Bind(practice);
        return practice;
    }

    public static TextReader OpenInput(string input) =>
        input == "-" ? Console.In : new StreamReader(ResolvePath(input));

    /// <summary>A relative path as the user meant it. <c>dotnet run</c> starts a Web SDK project in the project folder, so
    /// a path relative to the shell's folder (still in PWD) is tried when it does not exist here.</summary>
    public static string ResolvePath(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return path;
        }
        var shell = Environment.GetEnvironmentVariable("PWD");
        return !string.IsNullOrEmpty(shell) && File.Exists(Path.Combine(shell, path)) ? Path.Combine(shell, path) : path;
    }

    public static string? PolicyPath(string? option, IConfiguration configuration)
    {
        var path = option ?? configuration[ClassifierOptions.Section + ":PolicyFile"];
        return string.IsNullOrWhiteSpace(path) ? null : ResolvePath(path);
    }

    /// <summary>Runs a command body; a missing file, an unreadable practice file or a wrong policy file is one clear line
    /// on stderr and exit code 2, not a stack trace.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or PolicyException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }
}
