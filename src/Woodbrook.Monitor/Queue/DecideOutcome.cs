namespace Woodbrook.Monitor.Queue;

public enum DecideOutcome
{
    Decided,
    AlreadyDecided,
    NotFound,
}
