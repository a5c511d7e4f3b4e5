namespace Woodbrook.Monitor.Queue;

/// <summary>What one screening run did.</summary>
public sealed record ScreeningResult(int Screened, int Flagged, int CasesOpened, int Failed);
