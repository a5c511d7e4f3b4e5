namespace Woodbrook.Monitor.Fetch;

internal sealed record DebugTokenError(int? Code, int? Subcode, string? Message);
