namespace Woodbrook.Monitor.Fetch;

/// <summary>What a source's <c>sources.checkpoint</c> holds. <see cref="Watermark"/> is the newest Facebook post activity
/// (Unix ms) fully read; comments created before <see cref="BackfillFrom"/> predate the monitor and are not stored.</summary>
internal sealed record FetchCheckpoint(long? Watermark, long BackfillFrom, string? Username);
