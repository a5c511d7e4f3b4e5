namespace Woodbrook.Monitor.Queue;

/// <summary>Where a case is. pending → (escalated →) decided → done | failed, or pending → kept.
/// Stored as the lower-case name.</summary>
public enum CaseState
{
    Pending,
    Escalated,
    Decided,
    Done,
    Failed,
    Kept,
}
