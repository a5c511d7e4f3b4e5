namespace Woodbrook.Monitor.Fetch;

public enum GraphActionOutcome
{
    /// <summary>The API accepted the action.</summary>
    Done,
    /// <summary>The comment no longer exists (100/33 with a token known to be healthy).</summary>
    AlreadyGone,
    /// <summary>The API says this comment cannot take this action (visitor post, review, no permission).</summary>
    NotPermitted,
    /// <summary>A failure worth retrying later (transient, rate limit, unhealthy token).</summary>
    Failed,
}

/// <summary>What a hide, unhide or delete came to, with the Graph response kept for the audit log.</summary>
public sealed record GraphActionResult(GraphActionOutcome Outcome, int HttpStatus, string Response)
{
    public bool Succeeded => Outcome is GraphActionOutcome.Done or GraphActionOutcome.AlreadyGone;
}
