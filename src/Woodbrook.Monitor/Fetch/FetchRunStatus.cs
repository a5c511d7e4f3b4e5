namespace Woodbrook.Monitor.Fetch;

public enum FetchRunStatus
{
    Completed,
    /// <summary>Not run: disabled, not configured, no token.</summary>
    Skipped,
    /// <summary>Not run, or stopped, because the source is paused for the rate limit.</summary>
    Paused,
    /// <summary>Not run, or stopped, because the token was refused (190).</summary>
    Unhealthy,
    /// <summary>Stopped by a failure; the checkpoint stays where it was.</summary>
    Failed,
}
