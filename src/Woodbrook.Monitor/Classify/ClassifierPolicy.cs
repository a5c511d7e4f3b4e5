namespace Woodbrook.Monitor.Classify;

/// <summary>The practice-tunable part of the classifier: named word and phrase sets, rules per label with their action,
/// and action overrides, read from a policy file (Classify/Data/policy.txt is the default) and validated at start.
/// Format, one directive a line (a line starting with white space continues the previous one; # starts a comment line):
/// <code>
/// set NAME [masked|half-masked] = phrase | phrase | stem* …
/// rule LABEL RULE-NAME ACTION [assertion] = SEQUENCE [&amp; [!]SEQUENCE …] | …
/// action RULE-NAME-OR-LABEL ACTION
/// </code>
/// A SEQUENCE is words (<c>cause*</c> is a stem, <c>a/b/c</c> alternatives of single words: a phrase such as
/// <c>came off/got off</c> would split on its spaces, and is rejected), <c>{set}</c>, <c>{earlier-rule}</c>,
/// <c>@builtin</c> and gaps (<c>...</c> up to 6 tokens, <c>...N</c> up to N) that never cross a sentence end.
/// ACTION is flag, ignore, suppress (remove the label from the comment) or signal (a building block only).
/// <c>masked</c> lets a set's words be typed with letters hidden (f*ck, c*w): right for swearing and insults, wrong for
/// ordinary words, whose masked form could match anything that starts with the same letter. <c>half-masked</c> lets them
/// be typed hidden only with two letters or more shown (c*w, n*mpty, id**t): a mask that shows only its first letter
/// ("f***") is the swear word people hide that way, and would otherwise also read as "fool" in an insult set.</summary>
internal sealed class ClassifierPolicy
{
    /// <summary>Sets the classifier's code fills in for each comment.</summary>
    public static readonly IReadOnlyList<string> Builtins =
    [
        "number", "cap", "name", "mention", "staff", "single_role", "nhs_number", "date", "phone", "mobile", "postcode", "email",
        "link", "safe_link", "any", "negative_about_service", "post_staff",
    ];

    public const int DefaultGap = 6;

    private readonly Dictionary<string, int> _setIds = new(StringComparer.Ordinal);
    private readonly List<string> _setNames = [];
    private readonly Dictionary<string, RuleAction> _overrides = new(StringComparer.Ordinal);

    private ClassifierPolicy(string source)
    {
        Source = source;
        foreach (var builtin in Builtins)
        {
            NewSet("@" + builtin);
        }
    }

    public string Source { get; }

    public TokenTrie Trie { get; } = new();

    public List<PolicyRule> Rules { get; } = [];

    public int SetCount => _setNames.Count;

    public IReadOnlyDictionary<string, RuleAction> Overrides => _overrides;

    public int BuiltinId(string name) => _setIds["@" + name];

    public int? SetId(string name) => _setIds.TryGetValue(name, out var id) ? id : null;

    /// <summary>The action for a rule after any <c>action</c> lines for the rule or its label.</summary>
    public RuleAction ActionFor(string ruleName, CommentLabel label, RuleAction declared)
    {
        if (_overrides.TryGetValue(ruleName, out var byRule))
        {
            return byRule;
        }
        if (declared == RuleAction.Flag && _overrides.TryGetValue(label.ToWire(), out var byLabel))
        {
            return byLabel;
        }
        return declared;
    }

    public static ClassifierPolicy LoadDefault()
    {
        using var stream = typeof(ClassifierPolicy).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The default policy resource {DefaultResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "policy.txt (built in)", CodeRules.All);
    }

    public const string DefaultResourceName = "Woodbrook.Monitor.Classify.Data.policy.txt";

    public static ClassifierPolicy Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path, CodeRules.All);
    }

    public static ClassifierPolicy Parse(TextReader reader, string source, IReadOnlyCollection<string> codeRuleNames)
    {
        var policy = new ClassifierPolicy(source);
        var directives = ReadDirectives(reader);
        // Sets first, so rules can use a set defined further down the file.
        foreach (var (line, text) in directives)
        {
            if (text.StartsWith("set ", StringComparison.Ordinal))
            {
                policy.DeclareSet(line, text);
            }
        }
        var actions = new List<(int Line, string Text)>();
        foreach (var (line, text) in directives)
        {
            var keyword = text.Split(' ', 2)[0];
            switch (keyword)
            {
                case "set":
                    break;
                case "rule":
                    policy.ParseRule(line, text);
                    break;
                case "action":
                    actions.Add((line, text));
                    break;
                default:
                    throw new PolicyException(source, line, $"unknown directive '{keyword}': expected set, rule or action.");
            }
        }
        foreach (var (line, text) in actions)
        {
            policy.ParseAction(line, text, codeRuleNames);
        }
        policy.Index = new RuleIndex(policy);
        return policy;
    }

    /// <summary>Which rule alternatives each set can start, for <see cref="RuleEngine"/>; built once the file is read.</summary>
    public RuleIndex Index { get; private set; } = null!;

    private static List<(int Line, string Text)> ReadDirectives(TextReader reader)
    {
        var directives = new List<(int, string)>();
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }
            if (char.IsWhiteSpace(raw[0]) && directives.Count > 0)
            {
                var (line, text) = directives[^1];
                directives[^1] = (line, text + " " + trimmed);
                continue;
            }
            directives.Add((number, trimmed));
        }
        return directives;
    }

    private int NewSet(string name)
    {
        _setIds[name] = _setNames.Count;
        _setNames.Add(name);
        return _setNames.Count - 1;
    }

    private void DeclareSet(int line, string text)
    {
        var (head, body) = SplitAtEquals(line, text);
        var parts = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 3)
        {
            throw new PolicyException(Source, line, "expected 'set NAME [masked|half-masked] = phrase | phrase …'.");
        }
        if (parts.Length == 3 && parts[2] is not ("masked" or "half-masked"))
        {
            throw new PolicyException(Source, line, $"'{parts[2]}': a set's mark is 'masked' (its words may be typed with letters hidden, as in f*ck) or 'half-masked' (hidden, but with two letters or more shown, as in c*w).");
        }
        var name = parts[1];
        var masked = parts.Length == 3;
        var byInitial = masked && parts[2] == "masked";
        CheckName(line, name);
        if (_setIds.ContainsKey(name))
        {
            throw new PolicyException(Source, line, $"set '{name}' is defined twice.");
        }
        var id = NewSet(name);
        var count = 0;
        foreach (var phrase in body.Split('|'))
        {
            var items = PhraseItems(line, phrase.Trim());
            if (items.Count == 0)
            {
                continue;
            }
            if (masked)
            {
                // Any word of a phrase may be typed masked ("p*ss takers", "sh*t show"), except the short joining
                // words ("of", "the") whose mask would be one letter and a star.
                foreach (var item in items.Where(item => items.Count == 1 || item.TrimEnd('*').Length >= 4))
                {
                    Trie.AllowMasked(item, byInitial);
                }
            }
            Trie.Add(items, id);
            count++;
        }
        if (count == 0)
        {
            throw new PolicyException(Source, line, $"set '{name}' has no phrases.");
        }
    }

    private List<string> PhraseItems(int line, string phrase)
    {
        var items = new List<string>();
        if (phrase.Length == 0)
        {
            return items;
        }
        var stem = false;
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (word.StartsWith("...", StringComparison.Ordinal))
            {
                throw new PolicyException(Source, line, $"'{word}': a gap belongs in a rule, not in a set.");
            }
            if (word.StartsWith('{'))
            {
                // would otherwise be read as literal text and silently never match
                throw new PolicyException(Source, line, $"'{word}': a set can only be used in a rule, not inside another set.");
            }
            stem = word.Length > 1 && word[^1] == '*' && word[^2] != '*';
            var body = stem ? word[..^1] : word;
            var tokens = TextNormaliser.Tokenize(body).Tokens.Where(t => t.Kind != TokenKind.Boundary).ToList();
            if (tokens.Count == 0)
            {
                throw new PolicyException(Source, line, $"'{word}' has nothing to match after normalising.");
            }
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i].Text;
                if (t.Contains('*', StringComparison.Ordinal))
                {
                    throw new PolicyException(Source, line, $"'{word}': * may only end a word (a stem).");
                }
                items.Add(stem && i == tokens.Count - 1 ? t + "*" : t);
            }
        }
        return items;
    }

    private void ParseRule(int line, string text)
    {
        var (head, body) = SplitAtEquals(line, text);
        var parts = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 4)
        {
            throw new PolicyException(Source, line, "expected 'rule LABEL NAME ACTION [assertion|statement] [sure] = …'.");
        }
        if (!CommentLabels.TryParse(parts[1], out var label))
        {
            throw new PolicyException(Source, line, $"unknown label '{parts[1]}': expected one of {string.Join(", ", CommentLabels.All.Select(l => l.ToWire()))}.");
        }
        var name = parts[2];
        CheckName(line, name);
        if (_setIds.ContainsKey(name) || Rules.Any(r => r.Name == name))
        {
            throw new PolicyException(Source, line, $"'{name}' is already the name of a set or rule.");
        }
        var action = ParseActionWord(line, parts[3]);
        var mode = ClaimMode.Any;
        var sure = false;
        foreach (var modifier in parts.Skip(4))
        {
            switch (modifier)
            {
                case "assertion":
                    mode = ClaimMode.Assertion;
                    break;
                case "statement":
                    mode = ClaimMode.Statement;
                    break;
                case "sure":
                    sure = true;
                    break;
                default:
                    throw new PolicyException(Source, line, $"unknown rule option '{modifier}': expected 'assertion', 'statement' or 'sure'.");
            }
        }
        var alternatives = new List<IReadOnlyList<PolicySequence>>();
        foreach (var alternative in body.Split('|'))
        {
            var sequences = new List<PolicySequence>();
            foreach (var conjunct in SplitConjuncts(alternative))
            {
                var c = conjunct.Trim();
                var negated = c.StartsWith('!');
                if (negated)
                {
                    c = c[1..].Trim();
                }
                var elements = ParseSequence(line, c);
                if (elements.Count == 0)
                {
                    throw new PolicyException(Source, line, $"rule '{name}' has an empty sequence.");
                }
                if (elements[0].IsGap || elements[^1].IsGap)
                {
                    throw new PolicyException(Source, line, $"rule '{name}': a sequence cannot start or end with a gap.");
                }
                sequences.Add(new PolicySequence(negated, elements));
            }
            if (sequences.All(s => s.Negated))
            {
                throw new PolicyException(Source, line, $"rule '{name}': each alternative needs at least one sequence that is not negated.");
            }
            // the evidence is the first positive sequence
            sequences.Sort((a, b) => a.Negated.CompareTo(b.Negated));
            alternatives.Add(sequences);
        }
        var setId = NewSet(name);
        Rules.Add(new PolicyRule(label.Value, name, action, mode, line, alternatives, setId, sure));
    }

    // "&" joins sequences only where it stands apart from a word: inside one ("a&e", "d&v") it is part of the word.
    private static List<string> SplitConjuncts(string alternative)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < alternative.Length; i++)
        {
            if (alternative[i] != '&')
            {
                continue;
            }
            var inWord = i > 0 && i + 1 < alternative.Length && !char.IsWhiteSpace(alternative[i - 1]) && !char.IsWhiteSpace(alternative[i + 1])
                && alternative[i + 1] != '!';
            if (!inWord)
            {
                parts.Add(alternative[start..i]);
                start = i + 1;
            }
        }
        parts.Add(alternative[start..]);
        return parts;
    }

    private List<PolicyElement> ParseSequence(int line, string sequence)
    {
        var elements = new List<PolicyElement>();
        var words = sequence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        CheckAlternativesAreSingleWords(line, words);
        foreach (var raw in words)
        {
            if (raw.StartsWith("...", StringComparison.Ordinal))
            {
                var max = DefaultGap;
                if (raw.Length > 3 && (!int.TryParse(raw.AsSpan(3), out max) || max is < 1 or > 30))
                {
                    throw new PolicyException(Source, line, $"'{raw}': a gap is '...' or '...N' with N from 1 to 30.");
                }
                elements.Add(PolicyElement.Gap(max));
            }
            else if (raw.StartsWith('{') && raw.EndsWith('}'))
            {
                var name = raw[1..^1];
                var id = SetId(name) ?? throw new PolicyException(Source, line, $"unknown set or rule '{{{name}}}' (a rule can only use rules above it).");
                elements.Add(PolicyElement.Set(id));
            }
            else if (raw.StartsWith('@'))
            {
                var id = SetId(raw) ?? throw new PolicyException(Source, line, $"unknown built-in '{raw}': expected one of {string.Join(", ", Builtins.Select(b => "@" + b))}.");
                elements.Add(PolicyElement.Set(id));
            }
            else
            {
                if (raw.Contains('{', StringComparison.Ordinal) || raw.Contains('@', StringComparison.Ordinal))
                {
                    throw new PolicyException(Source, line, $"'{raw}': a set, rule or built-in cannot be one of a/b/c alternatives; write it as its own '|' alternative.");
                }
                // inline words: one anonymous set
                var id = NewSet($"#{line}:{raw}:{_setNames.Count}");
                foreach (var alt in raw.Split('/', StringSplitOptions.RemoveEmptyEntries))
                {
                    var items = PhraseItems(line, alt);
                    Trie.Add(items, id);
                }
                elements.Add(PolicyElement.Set(id));
            }
        }
        return elements;
    }

    /// <summary>Alternatives split on spaces before '/', so "came off/got off" reads as came, off-or-got, off: a sequence,
    /// not two phrases. That shows as a word shared by two neighbouring items of which one has alternatives; it is
    /// rejected, since no sensible sequence says "off, then off-or-got".</summary>
    private void CheckAlternativesAreSingleWords(int line, string[] words)
    {
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var (a, b) = (words[i], words[i + 1]);
            if (!IsInlineWords(a) || !IsInlineWords(b) || !(a.Contains('/', StringComparison.Ordinal) || b.Contains('/', StringComparison.Ordinal)))
            {
                continue;
            }
            var shared = a.Split('/', StringSplitOptions.RemoveEmptyEntries).Intersect(b.Split('/', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal).FirstOrDefault();
            if (shared is not null)
            {
                throw new PolicyException(Source, line,
                    $"'{a} {b}': a/b/c alternatives are single words (the sequence splits on spaces first), so a multi-word phrase cannot be one of them; "
                    + $"join the words of a phrase with _ (came_off/got_off), write each phrase as its own '|' alternative, or put the phrases in a set.");
            }
        }
    }

    private static bool IsInlineWords(string raw) =>
        !raw.StartsWith("...", StringComparison.Ordinal) && !raw.StartsWith('{') && !raw.StartsWith('@');

    private void ParseAction(int line, string text, IReadOnlyCollection<string> codeRuleNames)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3)
        {
            throw new PolicyException(Source, line, "expected 'action RULE-NAME-OR-LABEL flag|ignore'.");
        }
        var target = parts[1];
        var known = CommentLabels.TryParse(target, out _) || Rules.Any(r => r.Name == target) || codeRuleNames.Contains(target);
        if (!known)
        {
            throw new PolicyException(Source, line, $"'{target}' is not a label or a rule name.");
        }
        var action = ParseActionWord(line, parts[2]);
        if (action is RuleAction.Suppress or RuleAction.Signal)
        {
            throw new PolicyException(Source, line, "an action line can only set flag or ignore.");
        }
        _overrides[target] = action;
    }

    private RuleAction ParseActionWord(int line, string word) => word switch
    {
        "flag" => RuleAction.Flag,
        "ignore" => RuleAction.Ignore,
        "suppress" => RuleAction.Suppress,
        "signal" => RuleAction.Signal,
        _ => throw new PolicyException(Source, line, $"unknown action '{word}': expected flag, ignore, suppress or signal."),
    };

    private (string Head, string Body) SplitAtEquals(int line, string text)
    {
        var eq = text.IndexOf(" = ", StringComparison.Ordinal);
        if (eq < 0)
        {
            throw new PolicyException(Source, line, "missing ' = ' between the name and the phrases.");
        }
        return (text[..eq], text[(eq + 3)..]);
    }

    private void CheckName(int line, string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                throw new PolicyException(Source, line, $"'{name}': names use letters, digits, '_', '.' and '-'.");
            }
        }
    }
}
