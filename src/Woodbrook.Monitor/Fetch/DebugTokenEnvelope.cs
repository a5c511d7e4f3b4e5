namespace Woodbrook.Monitor.Fetch;

internal sealed record DebugTokenEnvelope(DebugTokenInfo? Data);
