namespace Woodbrook.Monitor.Classify;

/// <summary>Runs the policy's rules, in file order, over one comment's match table. A rule's matches become a set that
/// later rules can use. Each sequence is matched by stepping a set of token positions forward one element at a time,
/// so the work is bounded by (matches of the first element) × (rule length) × (gap width): linear in the comment.</summary>
internal static class RuleEngine
{
    public static void Run(ClassifierPolicy policy, TokenizedText text, MatchTable table, List<Evidence> evidence, HashSet<CommentLabel> suppressed)
    {
        var negationSet = policy.SetId("negation");
        var negated = negationSet is { } n ? table.Mask(n, text.Count) : new bool[text.Count + 1];
        var attributed = policy.SetId("attribution") is { } a ? table.Mask(a, text.Count) : new bool[text.Count + 1];
        var rebutted = policy.SetId("rebuttal") is { } r ? table.Mask(r, text.Count) : new bool[text.Count + 1];
        var scratch = new Scratch();
        foreach (var rule in policy.Rules)
        {
            var fired = false;
            for (var alt = 0; alt < rule.Alternatives.Count; alt++)
            {
                if (!CanHold(rule.Required[alt], table))
                {
                    continue;
                }
                var alternative = rule.Alternatives[alt];
                var matches = AllMatches(alternative[0], text, table, scratch);
                if (rule.Mode != ClaimMode.Any)
                {
                    matches.RemoveAll(m => !IsClaim(text, negated, attributed, rebutted, m.Start, m.End, rule.Mode));
                }
                if (matches.Count == 0)
                {
                    continue;
                }
                var holds = true;
                for (var k = 1; k < alternative.Count && holds; k++)
                {
                    var found = AllMatches(alternative[k], text, table, scratch, firstOnly: true).Count > 0;
                    holds = alternative[k].Negated ? !found : found;
                }
                if (!holds)
                {
                    continue;
                }
                // every alternative that holds adds to the rule's set, so later rules see all of them
                foreach (var (s, e) in matches)
                {
                    table.Add(rule.SetId, s, e);
                }
                if (fired)
                {
                    continue;
                }
                fired = true;
                var (first, end) = matches[0];
                switch (policy.ActionFor(rule.Name, rule.Label, rule.Action))
                {
                    case RuleAction.Flag:
                        var (start, length) = text.Span(first, end);
                        evidence.Add(new Evidence(rule.Label, rule.Name, text.Original.Substring(start, length), start, length));
                        break;
                    case RuleAction.Suppress:
                        suppressed.Add(rule.Label);
                        break;
                    default:
                        break;
                }
            }
        }
    }

    /// <summary>False when a set that the alternative needs has no match in the comment: most alternatives of most rules
    /// end here, before any matching.</summary>
    private static bool CanHold(int[] required, MatchTable table)
    {
        foreach (var set in required)
        {
            if (!table.Any(set))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A claim stated as fact: not in a question; for an assertion also no negation just before it or inside it,
    /// not reported ("people say…" earlier in the sentence) and not rebutted later in the sentence ("…but that's a myth").</summary>
    private static bool IsClaim(TokenizedText text, bool[] negated, bool[] attributed, bool[] rebutted, int start, int end, ClaimMode mode)
    {
        if (text.IsQuestion(start) || text.IsQuestion(end - 1))
        {
            return false;
        }
        if (mode == ClaimMode.Statement)
        {
            return true;
        }
        var sentence = text.SentenceOf(start);
        for (var k = Math.Max(0, start - 3); k < end; k++)
        {
            if (negated[k] && text.SentenceOf(k) == sentence)
            {
                return false;
            }
        }
        for (var k = start - 1; k >= Math.Max(0, start - 8) && text.SentenceOf(k) == sentence; k--)
        {
            if (attributed[k])
            {
                return false;
            }
        }
        for (var k = end; k < Math.Min(text.Count, end + 12) && text.SentenceOf(k) == sentence; k++)
        {
            if (rebutted[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Where the sequence matches, by start; with <paramref name="firstOnly"/> it stops at the first match (a
    /// condition after "&amp;" only needs to know whether there is one).</summary>
    private static List<(int Start, int End)> AllMatches(PolicySequence sequence, TokenizedText text, MatchTable table, Scratch scratch, bool firstOnly = false)
    {
        var elements = sequence.Elements;
        if (!table.Any(elements[0].SetId))
        {
            return scratch.None;
        }
        var results = firstOnly ? scratch.First : new List<(int, int)>();
        results.Clear();
        var starts = table.All(elements[0].SetId);
        for (var i = 0; i < starts.Count; i++)
        {
            var (s, e) = starts[i];
            if (results.Count > 0 && results[^1].Item1 == s)
            {
                continue;
            }
            var current = scratch.Current;
            current.Clear();
            current.Add(e);
            for (var k = 1; k < elements.Count && current.Count > 0; k++)
            {
                var next = scratch.Next;
                next.Clear();
                var element = elements[k];
                foreach (var p in current)
                {
                    if (element.IsGap)
                    {
                        // skip 0..MaxGap tokens, never past a sentence end
                        for (var q = p; q <= p + element.MaxGap && q < text.Count; q++)
                        {
                            AddDistinct(next, q);
                            if (text[q].Kind == TokenKind.Boundary)
                            {
                                break;
                            }
                        }
                    }
                    else
                    {
                        table.EndsAt(element.SetId, p, scratch.Ends);
                        foreach (var end in scratch.Ends)
                        {
                            AddDistinct(next, end);
                        }
                        scratch.Ends.Clear();
                    }
                }
                (scratch.Current, scratch.Next) = (next, current);
                current = next;
            }
            if (current.Count > 0)
            {
                results.Add((s, current.Min()));
                if (firstOnly)
                {
                    break;
                }
            }
        }
        return results;
    }

    private static void AddDistinct(List<int> list, int value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private sealed class Scratch
    {
        public List<int> Current { get; set; } = [];

        public List<int> Next { get; set; } = [];

        public List<int> Ends { get; } = [];

        /// <summary>Reused for conditions, which are only asked whether they match.</summary>
        public List<(int, int)> First { get; } = [];

        /// <summary>No match; never added to (a rule with no match is skipped before its list is used).</summary>
        public List<(int, int)> None { get; } = [];
    }
}
