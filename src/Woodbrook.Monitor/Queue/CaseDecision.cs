namespace Woodbrook.Monitor.Queue;

/// <summary>What a person decided about a case. Stored as the lower-case name.</summary>
public enum CaseDecision
{
    Delete,
    Hide,
    Keep,
    Escalate,
}
