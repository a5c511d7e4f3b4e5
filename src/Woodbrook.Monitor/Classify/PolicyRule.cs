namespace Woodbrook.Monitor.Classify;

/// <summary>A compiled rule: alternatives, each a conjunction of sequences that must (or, negated, must not) match
/// somewhere in the comment; evidence is the first positive sequence's match. <see cref="Sure"/>: the learned backstop
/// may not take back what it finds (its finding turns on word order a bag of words cannot see).</summary>
internal sealed record PolicyRule(CommentLabel Label, string Name, RuleAction Action, ClaimMode Mode, int Line,
    IReadOnlyList<IReadOnlyList<PolicySequence>> Alternatives, int SetId, bool Sure = false)
{
    /// <summary>Per alternative, every set its positive sequences need: the alternative cannot hold unless each of them
    /// has a match somewhere in the comment. A flat array, since it is checked for every alternative of every comment.</summary>
    public int[][] Required { get; } = Alternatives
        .Select(alternative => alternative.Where(s => !s.Negated).SelectMany(s => s.Elements).Where(e => !e.IsGap).Select(e => e.SetId).Distinct().ToArray())
        .ToArray();
}

/// <summary>A sequence of elements; <see cref="Negated"/> means the comment must not contain it.</summary>
internal sealed record PolicySequence(bool Negated, IReadOnlyList<PolicyElement> Elements);

/// <summary>Whether a rule counts only statements (not questions), or only assertions (statements that are not negated).</summary>
internal enum ClaimMode
{
    Any,
    Statement,
    Assertion,
}
