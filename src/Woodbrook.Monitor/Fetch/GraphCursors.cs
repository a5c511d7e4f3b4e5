namespace Woodbrook.Monitor.Fetch;

internal sealed record GraphCursors(string? Before, string? After);
