
namespace Woodbrook.Monitor.Classify;

/// <summary>What the classify and evaluate commands share: the practice (a file, or the "Practice" section) and input.</summary>
internal static class CommandSupport
{
    public static PracticeOptions Practice(IConfiguration configuration, string? practiceFile)
    {
        if (!string.IsNullOrEmpty(practiceFile))
        {
            return PracticeFile.Load(practiceFile);
        }
        var practice = new PracticeOptions();
        configuration.GetSection(PracticeOptions.Section).Bind(practice);
        return practice;
    }

    public static TextReader OpenInput(string input) =>
        input == "-" ? Console.In : new StreamReader(input);
}
