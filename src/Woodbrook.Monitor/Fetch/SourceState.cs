namespace Woodbrook.Monitor.Fetch;

/// <summary>A source's row in <c>sources</c> plus its fetch detail. Times are Unix milliseconds.</summary>
internal sealed record SourceState(
    string Name,
    string Platform,
    string AccountId,
    string? Checkpoint,
    long? LastRunAt,
    long? LastSuccessAt,
    string Health,
    string? HealthDetail,
    long? PausedUntil,
    string? TokenFingerprint,
    long PauseCount,
    long? UsagePercent);
