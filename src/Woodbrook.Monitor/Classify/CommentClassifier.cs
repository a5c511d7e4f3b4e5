namespace Woodbrook.Monitor.Classify;

/// <summary>The local code-of-conduct classifier: normalise and tokenise, find every lexicon phrase with one trie walk,
/// add what code finds (staff, identifiers, names, links), then run the policy's rules in order. No cloud service, no
/// backtracking, thread-safe (all per-comment state is local).</summary>
public sealed class CommentClassifier : ICommentClassifier
{
    private readonly ClassifierPolicy _policy;
    private readonly StaffMatcher _staff;
    private readonly HashSet<string> _safeHosts;
    private readonly int? _notName;
    private readonly int[] _notNameExtra;
    private readonly int? _negation;
    private readonly int[] _serviceTargets;
    private readonly int[] _valenceIgnored;
    private readonly int? _relation;
    private readonly LearnedBackstop? _backstop;
    private readonly IReadOnlyList<CommentLabel> _learnedLabels;
    private readonly bool _overrule;
    private readonly HashSet<string> _sureRules;
    private readonly bool _flagAny;

    [ThreadStatic]
    private static MatchTable? t_table;

    /// <summary>The classifier with the built-in policy (Classify/Data/policy.txt).</summary>
    public CommentClassifier(PracticeOptions practice)
        : this(practice, ClassifierPolicy.LoadDefault())
    {
    }

    /// <param name="practice">The practice and its staff.</param>
    /// <param name="policy">The rules.</param>
    /// <param name="backstop">The learned backstop to use for the labels the policy switches it on for (<c>action
    /// learned.complaint flag</c> and so on, <c>action learned.overrule flag</c> and <c>action learned.any flag</c>, as the built-in policy does); null
    /// means the one trained on every embedded labelled comment.</param>
    internal CommentClassifier(PracticeOptions practice, ClassifierPolicy policy, LearnedBackstop? backstop = null)
    {
        _policy = policy;
        _learnedLabels = LearnedBackstop.EnabledBy(policy);
        _overrule = LearnedBackstop.OverrulesBy(policy);
        _sureRules = policy.Rules.Where(r => r.Sure).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        _flagAny = LearnedBackstop.FlagsAnyBy(policy);
        _backstop = _learnedLabels.Count > 0 || _overrule ? backstop ?? LearnedBackstop.Default : null;
        _staff = new StaffMatcher(practice);
        _safeHosts = new HashSet<string>(["nhs.uk", "nhs.net", "gov.uk", "nhs.scot", "gov.wales"], StringComparer.OrdinalIgnoreCase);
        if (Uri.TryCreate(practice.Website, UriKind.Absolute, out var site))
        {
            _safeHosts.Add(site.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? site.Host[4..] : site.Host);
        }
        _notName = policy.SetId("not_a_name");
        // medicine and treatment names are capitalised too ("Genuine Xanax") but are not people
        _notNameExtra = new[] { "medicine", "treatment", "disease", "health", "street_suffix" }.Select(policy.SetId).OfType<int>().ToArray();
        _relation = policy.SetId("relation_word");
        _negation = policy.SetId("negation");
        _serviceTargets = new[] { "service_target", "service_thing" }.Select(policy.SetId).OfType<int>()
            .Concat([policy.BuiltinId("staff"), policy.BuiltinId("single_role")]).ToArray();
        // words about illness are negative but say nothing about the service
        _valenceIgnored = new[]
        {
            "health", "disease", "other_service", "profanity", "mild_profanity", "insult", "insult_adjective", "harm_claim",
            "dishonesty", "discrimination", "unfit", "negligence", "hate", "threat", "treatment", "valence_ignore",
        }.Select(policy.SetId).OfType<int>().ToArray();
    }

    /// <summary>The classifier with the policy file at <paramref name="policyFile"/>, or the built-in one when it is
    /// null or empty. Throws <see cref="PolicyException"/> naming the line when the file is wrong.</summary>
    public static CommentClassifier Create(PracticeOptions practice, string? policyFile) => new(practice, LoadPolicy(policyFile));

    /// <summary>As <see cref="Create"/>, but with a learned backstop that has not learned from any of
    /// <paramref name="texts"/>, so that scoring those comments measures what the classifier does on comments it has
    /// never seen.</summary>
    public static CommentClassifier CreateForScoring(PracticeOptions practice, string? policyFile, IReadOnlySet<string> texts) =>
        new(practice, LoadPolicy(policyFile), LearnedBackstop.TrainedWithout(texts));

    private static ClassifierPolicy LoadPolicy(string? policyFile) =>
        string.IsNullOrWhiteSpace(policyFile) ? ClassifierPolicy.LoadDefault() : ClassifierPolicy.Load(policyFile);

    public string Name => _backstop is null ? "rules/1" : "rules/1+learned";

    /// <summary>Whether the policy lets a finding of a rule outside the policy (e.g. Azure's) give its label.</summary>
    internal bool Allows(string rule, CommentLabel label) => _policy.ActionFor(rule, label, RuleAction.Flag) == RuleAction.Flag;

    public Task<Classification> ClassifyAsync(CommentToClassify comment, CancellationToken cancellationToken) =>
        Task.FromResult(Classify(comment));

    public Classification Classify(CommentToClassify comment)
    {
        var text = TextNormaliser.Tokenize(comment.Text);
        // one table per thread, reused: Classify never runs twice at once on a thread, and nothing keeps the table after
        var table = t_table is { } reused && reused.SetCount == _policy.SetCount ? reused : t_table = new MatchTable(_policy.SetCount);
        table.Clear();
        _policy.Trie.MatchAll(text, table);
        AddBuiltins(text, table, PostStaffNames.In(comment.PostText));
        var evidence = new List<Evidence>();
        var suppressed = new HashSet<CommentLabel>();
        RuleEngine.Run(_policy, text, table, evidence, suppressed);
        if (suppressed.Count > 0)
        {
            evidence.RemoveAll(e => suppressed.Contains(e.Label));
        }
        // a finding of a rule marked "sure" is never taken back
        var overrule = _overrule && (_sureRules.Count == 0 || !evidence.Exists(e => _sureRules.Contains(e.Rule)));
        var overruled = _backstop?.Apply(text, _learnedLabels, overrule, _flagAny, evidence, suppressed) ?? [];
        // two rules pointing at the same words for the same label: keep the first (policy order)
        var seen = new HashSet<(CommentLabel, int, int)>();
        evidence.RemoveAll(e => !seen.Add((e.Label, e.Start, e.Length)));
        return Classification.FromEvidence(evidence) with { Overruled = overruled };
    }

    private void AddBuiltins(TokenizedText text, MatchTable table, IReadOnlySet<string> postStaff)
    {
        var p = _policy;
        int number = p.BuiltinId("number"), cap = p.BuiltinId("cap"), name = p.BuiltinId("name"), mention = p.BuiltinId("mention"),
            any = p.BuiltinId("any"), link = p.BuiltinId("link"), safeLink = p.BuiltinId("safe_link"), email = p.BuiltinId("email");
        _staff.Match(text, table, p.BuiltinId("staff"), p.BuiltinId("single_role"), _relation);
        var staff = table.Mask(p.BuiltinId("staff"), text.Count);
        var notName = _notName is { } nn ? table.Mask(nn, text.Count) : new bool[text.Count + 1];
        foreach (var extra in _notNameExtra)
        {
            foreach (var (s, e) in table.All(extra))
            {
                for (var k = s; k < e; k++)
                {
                    notName[k] = true;
                }
            }
        }
        var tokens = text.Tokens;
        var capitalised = new bool[tokens.Count + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            switch (t.Kind)
            {
                case TokenKind.Number:
                    table.Add(number, i, i + 1);
                    break;
                case TokenKind.Link:
                    if (t.Text.Contains('@', StringComparison.Ordinal))
                    {
                        table.Add(email, i, i + 1);
                    }
                    else
                    {
                        table.Add(IsSafe(t.Text) ? safeLink : link, i, i + 1);
                    }
                    break;
                case TokenKind.Word:
                    table.Add(any, i, i + 1);
                    if (IsNameLike(text, notName, i))
                    {
                        table.Add(cap, i, i + 1);
                        capitalised[i] = true;
                    }
                    if (t.Is(TokenFlags.Mention))
                    {
                        table.Add(mention, i, i + 1 < tokens.Count && IsNameLike(text, notName, i + 1) ? i + 2 : i + 1);
                    }
                    break;
                default:
                    break;
            }
        }
        // First Last: two name-like words in a row that are not a member of staff
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (capitalised[i] && capitalised[i + 1] && !staff[i] && !staff[i + 1])
            {
                table.Add(name, i, i + 2);
            }
        }
        if (postStaff.Count > 0)
        {
            MarkPostStaff(text, capitalised, postStaff, table, p.BuiltinId("post_staff"));
        }
        PersonalDataFinder.Find(text, table, p);
        MarkNegativeAboutService(text, table);
    }

    /// <summary>Words that make a name someone else's: a relation or "my" just before it ("my son Tom", "Our Kelly's
    /// off too"), "my" or "from" just after it ("Tom my brother in law", "Grace from the choir"), or talk of the name
    /// itself ("such a pretty name", "called Grace").</summary>
    private static readonly HashSet<string> OtherPersonCues = new(StringComparer.Ordinal)
    {
        "my", "our", "son", "daughter", "brother", "sister", "cousin", "friend", "mate", "husband", "wife", "partner", "granddaughter",
        "grandson", "niece", "nephew", "uncle", "aunt", "auntie", "dad", "mum", "nan", "grandad", "boyfriend", "girlfriend", "neighbour",
        "colleague", "called", "named",
    };

    private static bool SomeoneElse(TokenizedText text, int i)
    {
        for (var k = Math.Max(0, i - 2); k < i; k++)
        {
            if (OtherPersonCues.Contains(text[k].Text))
            {
                return true;
            }
        }
        if (i + 1 < text.Count && text[i + 1].Text is "my" or "from" or "(")
        {
            // "Grace from reception" and "Grace from the surgery" are the practice's own
            var fromPractice = text[i + 1].Text == "from" && i + 2 < text.Count
                && (text[i + 2].Text == "reception"
                    || (text[i + 2].Text == "the" && i + 3 < text.Count && text[i + 3].Text is "surgery" or "practice" or "desk" or "front" or "reception"));
            return !fromPractice;
        }
        for (var k = 0; k < text.Count; k++)
        {
            if (text[k].Text is "name" or "names" or "called" or "namesake")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>@post_staff: a name-like word that is a name the post introduced as staff (<see cref="PostStaffNames"/>),
    /// not inside an @mention and not beside another name that is not theirs ("@Sunita Shah", "Priya Patel from school");
    /// typed in lower case only where what is around it makes it a name, as for a staff name that is also a word ("callum
    /// is fit", "callum's lovely", not "will do").</summary>
    private static void MarkPostStaff(TokenizedText text, bool[] capitalised, IReadOnlySet<string> names, MatchTable table, int id)
    {
        for (var i = 0; i < text.Count; i++)
        {
            var token = text[i];
            if (!names.Contains(token.Text) || token.Is(TokenFlags.Mention) || (i > 0 && text[i - 1].Is(TokenFlags.Mention))
                || (!capitalised[i] && (token.Kind != TokenKind.Word || token.Is(TokenFlags.Capitalised) || !LowercasePostName(text, i))))
            {
                continue;
            }
            var otherBefore = i > 0 && capitalised[i - 1] && !names.Contains(text[i - 1].Text);
            var otherAfter = i + 1 < text.Count && capitalised[i + 1] && !names.Contains(text[i + 1].Text);
            if (!otherBefore && !otherAfter && !SomeoneElse(text, i))
            {
                table.Add(id, i, i + 1);
            }
        }
    }

    /// <summary>A post's name typed in lower case: as a staff name that is not also a word, anywhere it is not after "a",
    /// "the", "my" or the writer's companion ("jess got sacked…", pass r75); a word the post only seemed to name ("She joins
    /// us", "the NHS App") or a name that is also a word, only where what is around it makes it a name.</summary>
    private static bool LowercasePostName(TokenizedText text, int i) =>
        text[i].Text.Length >= 3 && !CommonPostWords.Contains(text[i].Text)
            ? StaffMatcher.LowercaseNameInContext(text, i)
            : StaffMatcher.ReadsAsName(text, i);

    /// <summary>Words a post's capitals can make look like names (pronouns opening a sentence, "the NHS App") and names that
    /// are also words beyond the staff list's own (<see cref="StaffMatcher.LowercaseNameInContext"/> already sends "grace",
    /// "will", "hope" and the rest of its ordinary words to <see cref="StaffMatcher.ReadsAsName"/>): in lower case these are
    /// read as names only by <see cref="StaffMatcher.ReadsAsName"/>.</summary>
    private static readonly HashSet<string> CommonPostWords = new(StringComparer.Ordinal)
    {
        "she", "her", "hers", "him", "his", "they", "them", "their", "you", "your", "our", "ours", "its", "this", "that",
        "app", "team", "staff", "welcome", "please", "new", "meet", "join", "joins", "here", "there", "today", "clinic",
        "surgery", "practice", "nurse", "doctor", "reception", "pharmacy", "website", "online", "form", "phone", "phones",
        "max", "bob", "nick", "kit", "penny", "sandy", "dot", "drew", "chase", "grant", "miles", "pearl", "crystal",
        "autumn", "sky", "jade", "ash", "rob", "bud", "sonny", "page", "hunter", "jay", "bea",
    };

    /// <summary>@negative_about_service: a sentence that is clearly negative on balance (AFINN valences) and mentions
    /// the practice, its staff or a service it gives.</summary>
    private void MarkNegativeAboutService(TokenizedText text, MatchTable table)
    {
        var target = new bool[text.Count + 1];
        foreach (var set in _serviceTargets)
        {
            foreach (var (s, e) in table.All(set))
            {
                for (var k = s; k < e; k++)
                {
                    target[k] = true;
                }
            }
        }
        var ignore = new bool[text.Count + 1];
        foreach (var set in _valenceIgnored)
        {
            foreach (var (s, e) in table.All(set))
            {
                for (var k = s; k < e; k++)
                {
                    ignore[k] = true;
                }
            }
        }
        var negated = _negation is { } n ? table.Mask(n, text.Count) : new bool[text.Count + 1];
        ValenceLexicon.Default.MarkNegativeSentences(text, target, negated, ignore, table, _policy.BuiltinId("negative_about_service"), -2);
    }

    private static bool IsNameLike(TokenizedText text, bool[] notName, int i)
    {
        var t = text[i];
        return t.Kind == TokenKind.Word && t.Is(TokenFlags.Capitalised) && !t.Is(TokenFlags.AllCaps) && t.Text.Length >= 2 && !notName[i];
    }

    private bool IsSafe(string link)
    {
        var host = link;
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            host = host[(scheme + 3)..];
        }
        var slash = host.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            host = host[..slash];
        }
        foreach (var safe in _safeHosts)
        {
            if (host.Equals(safe, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + safe, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
