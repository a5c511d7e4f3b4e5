namespace Woodbrook.Monitor.Classify;

/// <summary>A verdict: labels sorted and distinct, each with at least one piece of evidence.</summary>
public sealed record Classification(IReadOnlyList<CommentLabel> Labels, IReadOnlyList<Evidence> Evidence)
{
    public static Classification Clean { get; } = new([], []);

    public bool IsFlagged => Labels.Count > 0;

    /// <summary>The labels the rules gave that the learned backstop took back (<c>learned.overrule</c>), sorted: the
    /// comment is not flagged for them, but the practice can see how often that happens. Empty when nothing was.</summary>
    public IReadOnlyList<CommentLabel> Overruled { get; init; } = [];

    /// <summary>Builds a verdict from evidence alone: the labels are exactly the labels that have evidence.</summary>
    public static Classification FromEvidence(IEnumerable<Evidence> evidence)
    {
        var list = evidence.OrderBy(e => e.Label).ThenBy(e => e.Start).ToList();
        var labels = list.Select(e => e.Label).Distinct().Order().ToList();
        return new Classification(labels, list);
    }
}
