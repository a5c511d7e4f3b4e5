namespace Woodbrook.Monitor.Classify;

/// <summary>The policy's rule alternatives numbered in file order, each filed under one set it needs (its trigger), so
/// that a comment only visits the alternatives whose trigger matched instead of testing all of them. A comment touches
/// a few dozen of the policy's thousands of sets, so most alternatives are never looked at.</summary>
internal sealed class RuleIndex
{
    /// <summary>Built-ins that nearly every comment has: a poor trigger when the alternative needs anything rarer.</summary>
    private static readonly string[] Common = ["any", "cap", "number"];

    public RuleIndex(ClassifierPolicy policy)
    {
        var rules = policy.Rules;
        var count = rules.Sum(r => r.Alternatives.Count);
        RuleOf = new int[count];
        AlternativeOf = new int[count];
        Actions = rules.Select(r => policy.ActionFor(r.Name, r.Label, r.Action)).ToArray();
        var common = Common.Select(policy.BuiltinId).ToHashSet();
        var byTrigger = new List<int>?[policy.SetCount];
        var always = new List<int>();
        var id = 0;
        for (var r = 0; r < rules.Count; r++)
        {
            for (var a = 0; a < rules[r].Alternatives.Count; a++, id++)
            {
                RuleOf[id] = r;
                AlternativeOf[id] = a;
                var required = rules[r].Required[a];
                if (required.Length == 0)
                {
                    always.Add(id);
                    continue;
                }
                // a set the policy names (word list or earlier rule) before a built-in, and any built-in before a common one
                var trigger = required.OrderBy(set => set >= ClassifierPolicy.Builtins.Count ? 0 : common.Contains(set) ? 2 : 1).First();
                (byTrigger[trigger] ??= []).Add(id);
            }
        }
        Count = count;
        Always = [.. always];
        TriggeredBy = Array.ConvertAll(byTrigger, list => list?.ToArray() ?? []);
    }

    /// <summary>How many alternatives the policy has, over all rules.</summary>
    public int Count { get; }

    /// <summary>Per alternative, the index of its rule in <see cref="ClassifierPolicy.Rules"/>.</summary>
    public int[] RuleOf { get; }

    /// <summary>Per alternative, its place within its rule.</summary>
    public int[] AlternativeOf { get; }

    /// <summary>Per rule, its action after the policy's <c>action</c> lines.</summary>
    public RuleAction[] Actions { get; }

    /// <summary>Alternatives that need no set (only "must not" parts): visited for every comment.</summary>
    public int[] Always { get; }

    /// <summary>Per set, the alternatives it triggers, in file order.</summary>
    public int[][] TriggeredBy { get; }
}
