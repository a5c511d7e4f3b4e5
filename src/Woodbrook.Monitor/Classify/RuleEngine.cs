namespace Woodbrook.Monitor.Classify;

/// <summary>Runs the policy's rules, in file order, over one comment's match table. A rule's matches become a set that
/// later rules can use. Each sequence is matched by stepping a set of token positions forward one element at a time,
/// so the work is bounded by (matches of the first element) × (rule length) × (gap width): linear in the comment.</summary>
internal static class RuleEngine
{
    public static void Run(ClassifierPolicy policy, TokenizedText text, MatchTable table, List<Evidence> evidence, HashSet<CommentLabel> suppressed)
    {
        var index = policy.Index;
        var scratch = t_scratch ??= new Scratch();
        var claims = new ClaimMasks(policy, text, table);
        // the alternatives to visit, one bit each: those whose trigger set matched, and those that need no set
        var pending = scratch.Pending(index.Count);
        foreach (var set in table.Touched)
        {
            Mark(pending, index.TriggeredBy[set]);
        }
        Mark(pending, index.Always);
        var rule = -1;
        var fired = false;
        for (var word = 0; word < pending.Length; word++)
        {
            // bits can be added to this word while it is read (a rule's set triggers later rules), so re-read it each time
            while (pending[word] != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(pending[word]);
                pending[word] &= pending[word] - 1;
                var id = (word * 64) + bit;
                if (index.RuleOf[id] != rule)
                {
                    (rule, fired) = (index.RuleOf[id], false);
                }
                var policyRule = policy.Rules[rule];
                var alt = index.AlternativeOf[id];
                if (!CanHold(policyRule.Required[alt], table))
                {
                    continue;
                }
                var alternative = policyRule.Alternatives[alt];
                var matches = AllMatches(alternative[0], text, table, scratch);
                if (policyRule.Mode != ClaimMode.Any)
                {
                    matches.RemoveAll(m => !claims.IsClaim(m.Start, m.End, policyRule.Mode));
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
                if (!table.Any(policyRule.SetId))
                {
                    // only rules further down the file can use this one's set
                    Mark(pending, index.TriggeredBy[policyRule.SetId], after: id);
                }
                foreach (var (s, e) in matches)
                {
                    table.Add(policyRule.SetId, s, e);
                }
                if (fired)
                {
                    continue;
                }
                fired = true;
                var (first, end) = matches[0];
                switch (index.Actions[rule])
                {
                    case RuleAction.Flag:
                        var (start, length) = text.Span(first, end);
                        evidence.Add(new Evidence(policyRule.Label, policyRule.Name, text.Original.Substring(start, length), start, length));
                        break;
                    case RuleAction.Suppress:
                        suppressed.Add(policyRule.Label);
                        break;
                    default:
                        break;
                }
            }
        }
    }

    /// <summary>Sets the bit of each of <paramref name="alternatives"/> that comes after <paramref name="after"/>.</summary>
    private static void Mark(ulong[] pending, int[] alternatives, int after = -1)
    {
        foreach (var id in alternatives)
        {
            if (id > after)
            {
                pending[id >> 6] |= 1UL << (id & 63);
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

    /// <summary>What a claim needs to know about the words around it, computed when a rule first asks.</summary>
    private sealed class ClaimMasks(ClassifierPolicy policy, TokenizedText text, MatchTable table)
    {
        private bool[]? _negated;
        private bool[]? _attributed;
        private bool[]? _rebutted;

        /// <summary>A claim stated as fact: not in a question; for an assertion also no negation just before it or inside
        /// it, not reported ("people say…" earlier in the sentence) and not rebutted later in the sentence ("…but that's a
        /// myth").</summary>
        public bool IsClaim(int start, int end, ClaimMode mode)
        {
            if (text.IsQuestion(start) || text.IsQuestion(end - 1))
            {
                return false;
            }
            if (mode == ClaimMode.Statement)
            {
                return true;
            }
            var negated = _negated ??= Mask("negation");
            var attributed = _attributed ??= Mask("attribution");
            var rebutted = _rebutted ??= Mask("rebuttal");
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

        private bool[] Mask(string set) => policy.SetId(set) is { } id ? table.Mask(id, text.Count) : new bool[text.Count + 1];
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

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>Working lists reused per thread (Run never runs twice at once on one thread).</summary>
    private sealed class Scratch
    {
        private ulong[] _pending = [];

        /// <summary>A cleared bit per alternative.</summary>
        public ulong[] Pending(int alternatives)
        {
            var words = (alternatives + 63) / 64;
            if (_pending.Length != words)
            {
                _pending = new ulong[words];
            }
            else
            {
                Array.Clear(_pending);
            }
            return _pending;
        }

        public List<int> Current { get; set; } = [];

        public List<int> Next { get; set; } = [];

        public List<int> Ends { get; } = [];

        /// <summary>Reused for conditions, which are only asked whether they match.</summary>
        public List<(int, int)> First { get; } = [];

        /// <summary>No match; never added to (a rule with no match is skipped before its list is used).</summary>
        public List<(int, int)> None { get; } = [];
    }
}
