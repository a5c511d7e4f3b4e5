namespace Woodbrook.Monitor.Queue;

/// <summary>What a person decided about a case. Stored by its wire name (<see cref="ModerationQueue.Wire(CaseDecision)"/>).</summary>
public enum CaseDecision
{
    Delete,
    Hide,
    Keep,
    Escalate,
    /// <summary>The complaint pathway: a private reply pointing to the complaints procedure, then delete.</summary>
    DeleteWithGuidance,
}
