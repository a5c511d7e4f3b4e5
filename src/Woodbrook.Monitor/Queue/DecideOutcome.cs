namespace Woodbrook.Monitor.Queue;

public enum DecideOutcome
{
    Decided,
    AlreadyDecided,
    NotFound,

    /// <summary>The platform does not let the account do this to the comment (hide or delete a mention on another
    /// account's media, hide on a visitor post): nothing was recorded.</summary>
    NotAllowed,
}
