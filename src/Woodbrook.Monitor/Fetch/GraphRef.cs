namespace Woodbrook.Monitor.Fetch;

internal sealed record GraphRef(string? Id);
