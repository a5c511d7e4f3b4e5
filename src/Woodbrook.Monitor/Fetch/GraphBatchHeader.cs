namespace Woodbrook.Monitor.Fetch;

internal sealed record GraphBatchHeader(string? Name, string? Value);
