namespace Woodbrook.Monitor.Fetch;

internal enum StoreOutcome
{
    New,
    /// <summary>The text changed since it was stored: the classify stage will look at it again.</summary>
    Edited,
    Unchanged,
}
