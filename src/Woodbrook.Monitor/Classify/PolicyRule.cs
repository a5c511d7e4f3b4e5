namespace Woodbrook.Monitor.Classify;

/// <summary>A compiled rule: alternatives, each a conjunction of sequences that must (or, negated, must not) match
/// somewhere in the comment; evidence is the first positive sequence's match.</summary>
internal sealed record PolicyRule(CommentLabel Label, string Name, RuleAction Action, ClaimMode Mode, int Line,
    IReadOnlyList<IReadOnlyList<PolicySequence>> Alternatives, int SetId);

/// <summary>A sequence of elements; <see cref="Negated"/> means the comment must not contain it.</summary>
internal sealed record PolicySequence(bool Negated, IReadOnlyList<PolicyElement> Elements);

/// <summary>Whether a rule counts only statements (not questions), or only assertions (statements that are not negated).</summary>
internal enum ClaimMode
{
    Any,
    Statement,
    Assertion,
}
