namespace Woodbrook.Monitor.Fetch;

internal sealed record DebugTokenScope(string? Scope, IReadOnlyList<string>? TargetIds);
