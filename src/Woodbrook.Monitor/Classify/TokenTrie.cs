namespace Woodbrook.Monitor.Classify;

/// <summary>The multi-pattern matcher: one trie over folded tokens holding every phrase of every set, walked once from
/// each token. Work per token is bounded by the longest phrase, so a comment is matched in linear time.</summary>
internal sealed class TokenTrie
{
    private readonly Node _root = new();
    private readonly HashSet<string> _maskable = new(StringComparer.Ordinal);
    private readonly HashSet<string> _maskableByInitial = new(StringComparer.Ordinal);

    /// <summary>Lets a masked token (f*ck) stand for <paramref name="word"/> (a word or stem*); when <paramref
    /// name="byInitial"/> is false, only a mask that shows two letters or more ("c*w", "n*mpty"): a mask that shows only the
    /// first letter ("f***") is read as the swear word it almost always is, not as every word with that initial ("fool").</summary>
    public void AllowMasked(string word, bool byInitial = true)
    {
        _maskable.Add(word);
        if (byInitial)
        {
            _maskableByInitial.Add(word);
        }
    }

    public int MaxDepth { get; private set; }

    /// <summary>Adds a phrase: each item a folded word, or a stem when it ends with <c>*</c>.</summary>
    public void Add(IReadOnlyList<string> items, int setId)
    {
        var node = _root;
        foreach (var item in items)
        {
            node = item.Length > 1 && item[^1] == '*' ? node.StemChild(item[..^1]) : node.ExactChild(item);
        }
        node.Terminal ??= [];
        if (!node.Terminal.Contains(setId))
        {
            node.Terminal.Add(setId);
        }
        MaxDepth = Math.Max(MaxDepth, items.Count);
    }

    /// <summary>Records every phrase that starts at each token into <paramref name="table"/>.</summary>
    public void MatchAll(TokenizedText text, MatchTable table)
    {
        var stack = new Stack<(Node Node, int Next)>();
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is TokenKind.Boundary or TokenKind.Link)
            {
                continue;
            }
            stack.Push((_root, i));
            while (stack.Count > 0)
            {
                var (node, j) = stack.Pop();
                if (node.Terminal is not null && j > i)
                {
                    foreach (var set in node.Terminal)
                    {
                        table.Add(set, i, j);
                    }
                }
                if (j >= tokens.Count || j - i >= MaxDepth || tokens[j].Kind is TokenKind.Boundary or TokenKind.Link)
                {
                    continue;
                }
                node.PushNext(tokens[j], j + 1, stack, _maskable, _maskableByInitial);
            }
        }
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? _exact;
        private Dictionary<string, Node>? _stems;
        private int _minStem = int.MaxValue;
        private int _maxStem;

        public List<int>? Terminal { get; set; }

        public Node ExactChild(string word)
        {
            _exact ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_exact.TryGetValue(word, out var child))
            {
                _exact[word] = child = new Node();
            }
            return child;
        }

        public Node StemChild(string stem)
        {
            _stems ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_stems.TryGetValue(stem, out var child))
            {
                _stems[stem] = child = new Node();
                _minStem = Math.Min(_minStem, stem.Length);
                _maxStem = Math.Max(_maxStem, stem.Length);
            }
            return child;
        }

        public void PushNext(Token token, int next, Stack<(Node, int)> stack, HashSet<string> maskable, HashSet<string> maskableByInitial)
        {
            var text = token.Text;
            if (token.Is(TokenFlags.Masked))
            {
                PushMasked(text, next, stack, ShowsOnlyInitial(text) ? maskableByInitial : maskable);
                return;
            }
            // The word with its doubled letters squeezed ("cowww" -> "cow"), worked out once for both look-ups below.
            var squeezed = MayBeStretched(token) ? Squeeze(text) : null;
            if (_exact is not null)
            {
                if (_exact.TryGetValue(text, out var child))
                {
                    stack.Push((child, next));
                }
                else if (squeezed is not null && MaySqueezeTo(token, squeezed.Length) && _exact.TryGetValue(squeezed, out child))
                {
                    stack.Push((child, next));
                }
            }
            if (_stems is not null && text.Length >= _minStem)
            {
                var lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
                var max = Math.Min(_maxStem, text.Length);
                for (var len = _minStem; len <= max; len++)
                {
                    if (lookup.TryGetValue(text.AsSpan(0, len), out var stemChild))
                    {
                        stack.Push((stemChild, next));
                    }
                }
                if (squeezed is not null)
                {
                    max = Math.Min(_maxStem, squeezed.Length);
                    for (var len = _minStem; len <= max; len++)
                    {
                        if (MaySqueezeTo(token, len) && lookup.TryGetValue(squeezed.AsSpan(0, len), out var stemChild) && !(len <= text.Length && lookup.ContainsKey(text.AsSpan(0, len))))
                        {
                            stack.Push((stemChild, next));
                        }
                    }
                }
            }
        }

        /// <summary>f*ck, f***, c*nt, sh*thole: each run of * stands for one to three hidden letters. Masked words are
        /// rare, so comparing against every key of this node is cheap.</summary>
        private void PushMasked(string text, int next, Stack<(Node, int)> stack, HashSet<string> maskable)
        {
            // Compare with whichever is smaller: this node's words, or the words that may be masked.
            if (_exact is not null)
            {
                if (_exact.Count <= maskable.Count)
                {
                    foreach (var (word, child) in _exact)
                    {
                        if (maskable.Contains(word) && MaskMatches(text, word, stem: false))
                        {
                            stack.Push((child, next));
                        }
                    }
                }
                else
                {
                    foreach (var word in maskable)
                    {
                        if (word[^1] != '*' && _exact.TryGetValue(word, out var child) && MaskMatches(text, word, stem: false))
                        {
                            stack.Push((child, next));
                        }
                    }
                }
            }
            if (_stems is not null)
            {
                foreach (var (stem, child) in _stems)
                {
                    if (stem.Length >= 3 && maskable.Contains(stem + "*") && MaskMatches(text, stem, stem: true))
                    {
                        stack.Push((child, next));
                    }
                }
            }
        }
    }

    /// <summary>Whether a masked word shows no letter but its first ("f***", "c**t" shows two).</summary>
    internal static bool ShowsOnlyInitial(string masked)
    {
        for (var i = 1; i < masked.Length; i++)
        {
            if (masked[i] != '*')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether a masked word (letters and *) can be <paramref name="word"/> (or start with it when
    /// <paramref name="stem"/>). The first letter must be shown, and at least half the letters.</summary>
    internal static bool MaskMatches(string masked, string word, bool stem)
    {
        // two characters, one letter and one star, is a grade or a footnote ("an A* in maths"), not a word someone hid
        if (masked.Length is < 3 or > 24 || masked[0] == '*' || word.Length == 0 || masked[0] != word[0])
        {
            return false;
        }
        var shown = 0;
        foreach (var c in masked)
        {
            if (c != '*')
            {
                shown++;
            }
        }
        if (shown * 2 < Math.Min(word.Length, masked.Length) && shown < 2 && word.Length > 4)
        {
            return false;
        }
        // reachable[j]: the first i characters of masked can produce the first j characters of word
        Span<bool> reachable = stackalloc bool[word.Length + 1];
        Span<bool> nextRow = stackalloc bool[word.Length + 1];
        reachable.Clear();
        reachable[0] = true;
        var anyStemEnd = false;
        for (var i = 0; i < masked.Length; i++)
        {
            nextRow.Clear();
            var c = masked[i];
            for (var j = 0; j <= word.Length; j++)
            {
                if (!reachable[j])
                {
                    continue;
                }
                if (c == '*')
                {
                    // one star hides one letter; a run of stars may also hide one fewer or one more (f***ing)
                    for (var k = 1; k <= 2 && j + k <= word.Length; k++)
                    {
                        nextRow[j + k] = true;
                    }
                    if (i > 0 && masked[i - 1] == '*')
                    {
                        nextRow[j] = true;
                    }
                }
                else if (j < word.Length && word[j] == c)
                {
                    nextRow[j + 1] = true;
                }
                else if (stem && j == word.Length)
                {
                    anyStemEnd = true;
                }
            }
            nextRow.CopyTo(reachable);
            if (stem && reachable[word.Length])
            {
                anyStemEnd = true;
            }
        }
        return reachable[word.Length] || (stem && anyStemEnd);
    }

    /// <summary>Whether a token may be a stretched word ("sooo", "shitt") to be matched with its runs squeezed. A word typed
    /// with a capital and no run longer than two is more likely a name or ordinary spelling ("Booth", "Reed", "Moore")
    /// than a stretch, so it is not squeezed into another word ("both", "red", "more").</summary>
    private static bool MayBeStretched(Token token)
    {
        var text = token.Text;
        if (!HasDoubleLetter(text))
        {
            return false;
        }
        if (!token.Is(TokenFlags.Capitalised) || token.Is(TokenFlags.AllCaps))
        {
            return true;
        }
        for (var i = 2; i < text.Length; i++)
        {
            if (text[i] == text[i - 1] && text[i] == text[i - 2])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a stretched token may be read as a word of <paramref name="length"/> letters once squeezed. A
    /// short word needs a run of three typed ("cowww"): a doubled letter is ordinary spelling in many languages typed in
    /// Latin letters (Punjabi "aape", by itself), and squeezing it would find "ape".</summary>
    private static bool MaySqueezeTo(Token token, int length) => length >= 4 || token.Is(TokenFlags.Stretched);

    internal static bool HasDoubleLetter(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == text[i - 1])
            {
                return true;
            }
        }
        return false;
    }

    internal static string Squeeze(string text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i == 0 || text[i] != text[i - 1])
            {
                buffer[n++] = text[i];
            }
        }
        return new string(buffer[..n]);
    }
}
