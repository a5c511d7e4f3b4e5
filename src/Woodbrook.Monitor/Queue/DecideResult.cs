namespace Woodbrook.Monitor.Queue;

public sealed record DecideResult(DecideOutcome Outcome, CaseView? Case);
