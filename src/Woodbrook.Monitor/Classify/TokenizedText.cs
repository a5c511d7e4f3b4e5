namespace Woodbrook.Monitor.Classify;

/// <summary>A comment as tokens, with its sentences: a sentence ends at a <see cref="TokenKind.Boundary"/> token.</summary>
internal sealed class TokenizedText
{
    private readonly int[] _sentenceOf;
    private readonly List<bool> _sentenceIsQuestion = [];

    public TokenizedText(string original, List<Token> tokens)
    {
        Original = original;
        Tokens = tokens;
        _sentenceOf = new int[tokens.Count + 1];
        var sentence = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            _sentenceOf[i] = sentence;
            if (tokens[i].Kind == TokenKind.Boundary)
            {
                _sentenceIsQuestion.Add(tokens[i].Text == "?");
                sentence++;
            }
        }
        _sentenceOf[tokens.Count] = sentence;
        _sentenceIsQuestion.Add(false);
    }

    public string Original { get; }

    public List<Token> Tokens { get; }

    public int Count => Tokens.Count;

    public Token this[int index] => Tokens[index];

    public int SentenceOf(int token) => _sentenceOf[Math.Clamp(token, 0, Tokens.Count)];

    public bool IsQuestion(int token) => _sentenceIsQuestion[SentenceOf(token)];

    /// <summary>The original text of tokens [start, end).</summary>
    public (int Start, int Length) Span(int start, int end)
    {
        var s = Tokens[start].Start;
        var e = Tokens[Math.Max(start, end - 1)].End;
        return (s, e - s);
    }

    /// <summary>The tokens [first, end) that overlap the characters [start, start + length) of the original text.</summary>
    public (int First, int End) TokensCovering(int start, int length)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var end = lo;
        while (end < Tokens.Count && Tokens[end].Start < start + length)
        {
            end++;
        }
        return (lo, end);
    }
}
