namespace Woodbrook.Monitor.Fetch;

/// <summary>Why a Graph call did not succeed, in the terms the caller acts on.</summary>
internal enum GraphFailure
{
    /// <summary>5xx, <c>is_transient</c>, codes 1/2, network or timeout, still failing after the retries.</summary>
    Transient,
    /// <summary>The source's circuit is open after repeated transient failures; no call was made.</summary>
    CircuitOpen,
    /// <summary>A throttling code (4, 17, 32, 613, 341, 80000-80014) or usage over the threshold; the source is paused.</summary>
    RateLimited,
    /// <summary>Code 190 or 102: the token is dead. Never retried; the source is marked unhealthy.</summary>
    TokenInvalid,
    /// <summary>Codes 10 and 200-299: the token lacks a permission or the object refuses the action.</summary>
    Permission,
    /// <summary>100/33: the object is gone, or cannot be seen with this token.</summary>
    NotFound,
    /// <summary>Any other Graph error (code 100, 368, ...).</summary>
    Rejected,
    /// <summary>A response that is not the JSON Graph promises.</summary>
    Malformed,
}
