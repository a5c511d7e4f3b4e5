namespace Woodbrook.Monitor.Classify;

/// <summary>A policy file that cannot be used, with the file and line that are wrong.</summary>
public sealed class PolicyException(string source, int line, string message)
    : FormatException($"{source}({line}): {message}")
{
    public string FileName { get; } = source;

    public int Line { get; } = line;
}
