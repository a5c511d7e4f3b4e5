using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Approve;

/// <summary>What the approval page shows beside the case itself: the author's other cases, and whether the comment is
/// hidden while it waits.</summary>
public sealed record CaseContext(IReadOnlyList<LinkedCase> Linked, bool HiddenWhileWaiting)
{
    public static CaseContext None { get; } = new([], false);

    /// <summary>Two or more flagged comments from one author in the window: harassment law counts repeated conduct.</summary>
    public bool PossibleCourseOfConduct => Linked.Count >= 1;
}
