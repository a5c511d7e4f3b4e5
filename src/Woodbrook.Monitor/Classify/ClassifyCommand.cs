using System.CommandLine;

namespace Woodbrook.Monitor.Classify;

internal static class ClassifyCommand
{
    public static Command Create(IConfiguration configuration) => new("classify", "Classify comments from a JSON Lines file.");
}
