using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Woodbrook.Monitor.Classify;

/// <summary>Turns a comment as typed into folded tokens: NFKC-style compatibility folding, lower case, look-alike letters
/// from other scripts mapped to Latin, invisible characters dropped, diacritics stripped, and disguises undone (f*ck,
/// f.u.c.k, f u c k, sh1t, $hit, a$$, fuuuck). Every token keeps the span of the original text it came from.
/// One pass over the text; nothing here backtracks, so the work is linear in the length of the input.</summary>
internal static partial class TextNormaliser
{
    /// <summary>Longest token text kept; longer runs (hostile input) are cut, their span still covers the run.</summary>
    public const int MaxTokenLength = 40;

    private const char Unmapped = '\0';

    // Look-alikes a person uses to dodge a word filter. Unicode's confusables.txt has thousands; these are the ones
    // that matter for English, Polish and Romanian text typed on a phone.
    private static readonly FrozenDictionary<int, char> LookAlikes = new Dictionary<int, char>
    {
        // Cyrillic
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['ԁ'] = 'd',
        ['ɡ'] = 'g', ['һ'] = 'h', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ь'] = 'b',
        ['А'] = 'a', ['В'] = 'b', ['Е'] = 'e', ['К'] = 'k', ['М'] = 'm', ['Н'] = 'h', ['О'] = 'o', ['Р'] = 'p', ['С'] = 'c',
        ['Т'] = 't', ['У'] = 'y', ['Х'] = 'x', ['Ѕ'] = 's', ['І'] = 'i', ['Ј'] = 'j',
        // Greek
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p', ['τ'] = 't',
        ['υ'] = 'u', ['χ'] = 'x', ['Α'] = 'a', ['Β'] = 'b', ['Ε'] = 'e', ['Ζ'] = 'z', ['Η'] = 'h', ['Ι'] = 'i', ['Κ'] = 'k',
        ['Μ'] = 'm', ['Ν'] = 'n', ['Ο'] = 'o', ['Ρ'] = 'p', ['Τ'] = 't', ['Υ'] = 'y', ['Χ'] = 'x',
        // Latin small capitals, from "small caps" text generators ("ꜱʜɪᴛ surgery"); NFKC leaves them as they are
        ['ᴀ'] = 'a', ['ʙ'] = 'b', ['ᴄ'] = 'c', ['ᴅ'] = 'd', ['ᴇ'] = 'e', ['ꜰ'] = 'f', ['ɢ'] = 'g', ['ʜ'] = 'h', ['ɪ'] = 'i',
        ['ᴊ'] = 'j', ['ᴋ'] = 'k', ['ʟ'] = 'l', ['ᴍ'] = 'm', ['ɴ'] = 'n', ['ᴏ'] = 'o', ['ᴘ'] = 'p', ['ꞯ'] = 'q', ['ʀ'] = 'r',
        ['ꜱ'] = 's', ['ᴛ'] = 't', ['ᴜ'] = 'u', ['ᴠ'] = 'v', ['ᴡ'] = 'w', ['ʏ'] = 'y', ['ᴢ'] = 'z',
        // Latin letters that do not decompose
        ['ł'] = 'l', ['Ł'] = 'l', ['đ'] = 'd', ['Đ'] = 'd', ['ø'] = 'o', ['Ø'] = 'o', ['ı'] = 'i', ['ħ'] = 'h',
        // Symbols typed for the letter they look like ("fu©k", "ƒuck", "¢unt", "tw®at")
        ['©'] = 'c', ['¢'] = 'c', ['ƒ'] = 'f', ['®'] = 'r',
        // Canadian syllabics from "fancy text" generators ("ᖴᑌᑕK", "ᔕᕼIT"); nobody writes Cree or Inuktitut to the practice
        ['ᗩ'] = 'a', ['ᗷ'] = 'b', ['ᑕ'] = 'c', ['ᗪ'] = 'd', ['ᗴ'] = 'e', ['ᖴ'] = 'f', ['ᘜ'] = 'g', ['ᕼ'] = 'h', ['ᒍ'] = 'j',
        ['ᒪ'] = 'l', ['ᗰ'] = 'm', ['ᑎ'] = 'n', ['ᑭ'] = 'p', ['ᑫ'] = 'q', ['ᖇ'] = 'r', ['ᔕ'] = 's', ['ᑌ'] = 'u', ['ᐯ'] = 'v',
        ['ᗯ'] = 'w', ['᙭'] = 'x', ['ᘔ'] = 'z',
        // Dots typed in place of a letter, like '*' ("f•ck", "sh·t")
        ['\u2022'] = '*', ['\u00B7'] = '*', ['\u2219'] = '*', ['\u22C5'] = '*',
        // Typographic quotes and dashes
        ['\u2019'] = '\'', ['\u2018'] = '\'', ['\u02BC'] = '\'', ['\u2032'] = '\'', ['\u201C'] = '"', ['\u201D'] = '"',
        ['\u2013'] = '-', ['\u2014'] = '-', ['\u2212'] = '-',
    }.Concat(EnclosedCapitals()).ToFrozenDictionary();

    private static readonly ConcurrentDictionary<int, string> FoldCache = new();

    /// <summary>The folding arrays of this thread's last comment, reused by <see cref="Tokenize"/>.</summary>
    [ThreadStatic]
    private static char[]? t_foldChars;

    [ThreadStatic]
    private static int[]? t_foldStarts;

    [ThreadStatic]
    private static int[]? t_foldEnds;

    /// <summary>Folds <paramref name="text"/> and splits it into tokens.</summary>
    public static TokenizedText Tokenize(string text)
    {
        // the folded copy only lives until the tokens are made, so its arrays are reused per thread: a long comment
        // would otherwise put a megabyte on the large object heap and cost a full garbage collection
        var folded = FoldInto(text, t_foldChars ?? [], t_foldStarts ?? [], t_foldEnds ?? []);
        (t_foldChars, t_foldStarts, t_foldEnds) = (folded.Chars, folded.Starts, folded.Ends);
        var links = FindLinks(text);
        var tokens = new List<Token>(Math.Min(text.Length / 4 + 4, 4096));
        Scan(text, folded, links, tokens);
        return new TokenizedText(text, tokens);
    }

    /// <summary>Folding only, with the original span of each folded character (used by tests and by the tokeniser).</summary>
    internal static FoldedText Fold(string text) => FoldInto(text, [], [], []);

    /// <summary>Folds into the given arrays when they are long enough for <paramref name="text"/>, else into new ones;
    /// the result holds the arrays used.</summary>
    private static FoldedText FoldInto(string text, char[] chars, int[] starts, int[] ends)
    {
        if (chars.Length < text.Length + 8)
        {
            chars = new char[text.Length + 8];
            starts = new int[text.Length + 8];
            ends = new int[text.Length + 8];
        }
        var n = 0;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c < 0x80)
            {
                Emit(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c, i, i + 1);
                i++;
                continue;
            }
            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var codePoint = width == 2 ? char.ConvertToUtf32(c, text[i + 1]) : c;
            if (IsInvisible(codePoint))
            {
                i += width;
                continue;
            }
            if (LookAlikes.TryGetValue(codePoint, out var mapped))
            {
                Emit(mapped, i, i + width);
            }
            else if (codePoint >= 0x1F000 || codePoint is >= 0x2190 and <= 0x2BFF and not (>= 0x2460 and <= 0x24FF))
            {
                // Emoji and pictographs: kept as typed, they carry meaning (🖕, 🙃, 👏).
                Emit(c, i, i + width);
                if (width == 2)
                {
                    Emit(text[i + 1], i, i + width);
                }
            }
            else
            {
                foreach (var f in FoldCodePoint(codePoint))
                {
                    Emit(f, i, i + width);
                }
            }
            i += width;
        }
        // a reused array holds the last comment past n: blank the padding that a look-ahead could reach
        Array.Clear(chars, n, Math.Min(8, chars.Length - n));
        return new FoldedText(chars, starts, ends, n);

        void Emit(char f, int start, int end)
        {
            if (n == chars.Length)
            {
                Array.Resize(ref chars, n * 2);
                Array.Resize(ref starts, n * 2);
                Array.Resize(ref ends, n * 2);
            }
            chars[n] = f;
            starts[n] = start;
            ends[n] = end;
            n++;
        }
    }

    /// <summary>Boxed capitals from the emoji range with the letter each stands for ("🅵🆄🅲🅺", "🄵🅄🄲🄺"): squared, negative
    /// circled and negative squared A to Z, which sit among the pictographs (flags, 🆗) but are letters to whoever reads
    /// them. Circled letters ("ⓕⓤⓒⓚ") are not here: they sit among the symbols, which are kept as typed but for them, and
    /// compatibility decomposition folds them.</summary>
    private static IEnumerable<KeyValuePair<int, char>> EnclosedCapitals() =>
        from block in new[] { 0x1F130, 0x1F150, 0x1F170 }
        from letter in Enumerable.Range(0, 26)
        select KeyValuePair.Create(block + letter, (char)('a' + letter));

    private static bool IsInvisible(int codePoint) =>
        codePoint is 0xAD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x180E or 0x3164 or 0xFFA0
            or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x206F) or 0xFEFF
            or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0000 and <= 0xE01EF);

    private static string FoldCodePoint(int codePoint)
    {
        if (FoldCache.TryGetValue(codePoint, out var cached))
        {
            return cached;
        }
        var decomposed = char.ConvertFromUtf32(codePoint).Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(d);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(d);
            if (lower == 'ß')
            {
                sb.Append("ss");
                continue;
            }
            sb.Append(LookAlikes.TryGetValue(lower, out var m) ? m : lower);
        }
        var folded = sb.ToString();
        if (FoldCache.Count < 20_000)
        {
            FoldCache.TryAdd(codePoint, folded);
        }
        return folded;
    }

    /// <summary>Spans (in the original text) of links and email addresses: one token each, so an id inside a link is
    /// never read as a phone or NHS number.</summary>
    private static List<(int Start, int End)> FindLinks(string text)
    {
        var spans = new List<(int, int)>();
        if (text.AsSpan().IndexOfAny('.', '@') < 0)
        {
            return spans;
        }
        foreach (var m in LinkPattern().EnumerateMatches(text))
        {
            var end = m.Index + m.Length;
            while (end > m.Index && ".,;:!?)]'\"".Contains(text[end - 1], StringComparison.Ordinal))
            {
                end--;
            }
            spans.Add((m.Index, end));
        }
        return spans;
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]+|[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|net|org|uk|shop|store|biz|info|io|co|clinic|online|site|xyz|app|me|ly|gov|example|pl|ro|eu|us|live|club|top|health|care|pharmacy|link|click|help|support|cc|tk|ml|ga|cf|gq|buzz|win|vip|icu|cyou|fun|page|pro|ru|cn|website|space|tech|ltd|services|deals|bet|casino|su|ws|today)\b(?:/[^\s<>""]*)?",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    private static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c > 0x7F && char.IsLetterOrDigit(c)) || IsSpacingMark(c);

    /// <summary>A vowel sign written after its consonant in Indic scripts (Devanagari "ा", Gurmukhi "ਿ"): part of the word,
    /// not a break in it (the non-spacing signs are already dropped with the diacritics).</summary>
    private static bool IsSpacingMark(char c) => c > 0x7F && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpacingCombiningMark;

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' || (c > 0x7F && char.IsLetter(c));

    /// <summary>A Chinese character (CJK unified ideographs, extension A, compatibility ideographs).</summary>
    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>What ends a sentence: . ? ! … a line break, and the Chinese full stop "。".</summary>
    private static bool IsSentenceEnd(char c) => c is '.' or '?' or '!' or '\n' or '…' or '。';

    private static bool IsJoiner(char c) => c is '@' or '$' or '*' or '#' or '!' or '\'';

    private static void Scan(string original, FoldedText f, List<(int Start, int End)> links, List<Token> tokens)
    {
        var link = 0;
        var sb = new StringBuilder(MaxTokenLength + 4);
        var p = 0;
        while (p < f.Length)
        {
            var c = f.Chars[p];
            var origin = f.Starts[p];
            while (link < links.Count && links[link].End <= origin)
            {
                link++;
            }
            if (link < links.Count && links[link].Start <= origin)
            {
                var (ls, le) = links[link];
                tokens.Add(new Token(original[ls..Math.Min(le, ls + 200)].ToLowerInvariant(), TokenKind.Link, ls, le, TokenFlags.None));
                while (p < f.Length && f.Starts[p] < le)
                {
                    p++;
                }
                link++;
                continue;
            }
            if (IsHan(c))
            {
                // Chinese is written without spaces: each character is a word, and a policy phrase such as "癌症" is
                // read the same way (two words in a row), so it matches inside "我妈妈得了癌症"
                tokens.Add(new Token(c.ToString(), TokenKind.Word, f.Starts[p], f.Ends[p], TokenFlags.None));
                p++;
                continue;
            }
            if (IsLetter(c) && TryScanInitials(original, f, p, out var initialsEnd))
            {
                // "J.P." or "R.M.": a person's initials are one name-like word, not two sentence ends
                tokens.Add(new Token(string.Concat(f.Chars[p], f.Chars[p + 2]), TokenKind.Word, f.Starts[p], f.Ends[initialsEnd - 1],
                    TokenFlags.Capitalised));
                p = initialsEnd;
                continue;
            }
            if (IsLetter(c) && TryScanSpacedLetters(f, p, sb, out var spacedEnd))
            {
                AddWord(original, tokens, sb.ToString(), f.Starts[p], f.Ends[spacedEnd - 1], TokenFlags.Disguised);
                p = spacedEnd;
                continue;
            }
            if (IsWordChar(c) || c is '@' or '$' or '*' or '#')
            {
                p = ScanWord(original, f, p, sb, tokens);
                continue;
            }
            if (c == '.' && p + 1 < f.Length && f.Chars[p + 1] == ' ' && tokens.Count > 0 && tokens[^1].Kind == TokenKind.Word
                && (tokens[^1].Text is "dr" or "mr" or "mrs" or "ms" or "st" or "rd" or "ave"
                    || (tokens[^1].Text is "nr" or "no" && p + 2 < f.Length && f.Chars[p + 2] is >= '0' and <= '9')))
            {
                // an abbreviation (Dr. Patel, nr. 8), not the end of a sentence; "no." only before a number ("no. 8"),
                // so "I said no. The doctor…" still ends one
                p++;
                continue;
            }
            if (c == '.' && p > 0 && p + 1 < f.Length && f.Chars[p - 1] is >= '0' and <= '9' && f.Chars[p + 1] is >= '0' and <= '9')
            {
                // a decimal point (£14.99, 2.5mg) is not the end of a sentence
                p++;
                continue;
            }
            if (IsSentenceEnd(c))
            {
                var start = p;
                var question = false;
                while (p < f.Length && (IsSentenceEnd(f.Chars[p]) || f.Chars[p] is '\r' or ' '))
                {
                    question |= f.Chars[p] == '?';
                    p++;
                }
                if (tokens.Count == 0 || tokens[^1].Kind != TokenKind.Boundary)
                {
                    tokens.Add(new Token(question ? "?" : ".", TokenKind.Boundary, f.Starts[start], f.Ends[p - 1], TokenFlags.None));
                }
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                p++;
                continue;
            }
            if (char.IsHighSurrogate(c) || char.IsSymbol(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol)
            {
                var width = char.IsHighSurrogate(c) && p + 1 < f.Length && char.IsLowSurrogate(f.Chars[p + 1]) ? 2 : 1;
                var symbol = new string(f.Chars, p, width);
                tokens.Add(new Token(symbol, TokenKind.Symbol, f.Starts[p], f.Ends[p + width - 1], TokenFlags.None));
                p += width;
                continue;
            }
            if (c is '%')
            {
                tokens.Add(new Token("%", TokenKind.Symbol, f.Starts[p], f.Ends[p], TokenFlags.None));
            }
            // Other punctuation (commas, brackets, quotes, slashes, dashes) separates words and is otherwise ignored.
            p++;
        }
    }

    /// <summary>Two capital letters each followed by a dot ("J.P.", "R.M."), standing alone: initials. Constant work.</summary>
    private static bool TryScanInitials(string original, FoldedText f, int p, out int end)
    {
        end = p;
        if (p + 3 >= f.Length || f.Chars[p + 1] != '.' || !IsLetter(f.Chars[p + 2]) || f.Chars[p + 3] != '.')
        {
            return false;
        }
        if (p > 0 && (IsWordChar(f.Chars[p - 1]) || IsJoiner(f.Chars[p - 1]) || f.Chars[p - 1] == '.'))
        {
            return false;
        }
        if (p + 4 < f.Length && (IsWordChar(f.Chars[p + 4]) || f.Chars[p + 4] == '.'))
        {
            return false;
        }
        if (!char.IsUpper(original[f.Starts[p]]) || !char.IsUpper(original[f.Starts[p + 2]]))
        {
            return false;
        }
        end = p + 4;
        return true;
    }

    /// <summary>Words spelt out letter by letter that begin with a letter that is also a word ("a", "i").</summary>
    private static readonly HashSet<string> SpacedWordsFromAnArticle = new(StringComparer.Ordinal)
    {
        "arse", "arsehole", "arseholes", "asshole", "assholes", "idiot", "idiots", "imbecile", "imbeciles", "incompetent",
    };

    /// <summary>f u c k, f.u.c.k, s-h-i-t: three or more single letters each separated by one space, dot, dash or
    /// underscore become one word.</summary>
    private static bool TryScanSpacedLetters(FoldedText f, int p, StringBuilder sb, out int end)
    {
        end = p;
        if (p + 1 < f.Length && IsWordChar(f.Chars[p + 1]))
        {
            return false;
        }
        if (p > 0 && (IsWordChar(f.Chars[p - 1]) || IsJoiner(f.Chars[p - 1])))
        {
            return false;
        }
        sb.Clear();
        sb.Append(f.Chars[p]);
        var q = p + 1;
        while (q + 1 < f.Length && f.Chars[q] is ' ' or '.' or '-' or '_' && IsLetter(f.Chars[q + 1])
               && (q + 2 >= f.Length || !IsWordChar(f.Chars[q + 2])) && sb.Length < MaxTokenLength)
        {
            sb.Append(f.Chars[q + 1]);
            q += 2;
        }
        if (sb.Length < 3 || (sb.Length >= 4 && sb[0] is 'a' or 'i' && !SpacedWordsFromAnArticle.Contains(sb.ToString())))
        {
            // "a f u c k i n g joke": the article stays a word, the run starts at the next letter ("a r s e" and
            // "i d i o t" are the words themselves)
            return false;
        }
        end = q;
        return true;
    }

    private static int ScanWord(string original, FoldedText f, int p, StringBuilder sb, List<Token> tokens)
    {
        var start = p;
        var mention = false;
        if (f.Chars[p] == '@' && p + 1 < f.Length && IsLetter(f.Chars[p + 1]) && (p == 0 || !IsWordChar(f.Chars[p - 1])))
        {
            mention = true;
            p++;
            start = p;
        }
        var end = p;
        int letters = 0, digits = 0;
        while (end < f.Length)
        {
            var c = f.Chars[end];
            if (IsHan(c) && end > start)
            {
                break;
            }
            if (IsLetter(c))
            {
                letters++;
            }
            else if (c is >= '0' and <= '9' || (c > 0x7F && char.IsDigit(c)))
            {
                digits++;
            }
            else if (c is '@' or '$' or '*' or '#' || (IsSpacingMark(c) && end > start))
            {
                // a symbol joins a word when a word character or another symbol is next to it; an Indic vowel sign is
                // part of the word it follows
            }
            else if (c is '!' or '\'')
            {
                if (end + 1 >= f.Length || !IsWordChar(f.Chars[end + 1]) || end == start)
                {
                    break;
                }
            }
            else
            {
                break;
            }
            end++;
        }
        if (end == start)
        {
            return p + 1;
        }
        var spanStart = f.Starts[start];
        var spanEnd = f.Ends[end - 1];
        if (letters == 0)
        {
            if (digits > 0)
            {
                sb.Clear();
                for (var i = start; i < end && sb.Length < MaxTokenLength; i++)
                {
                    if (f.Chars[i] is >= '0' and <= '9')
                    {
                        sb.Append(f.Chars[i]);
                    }
                }
                tokens.Add(new Token(sb.ToString(), TokenKind.Number, spanStart, spanEnd, TokenFlags.None));
            }
            return end;
        }
        var flags = mention ? TokenFlags.Mention : TokenFlags.None;
        sb.Clear();
        var keepDigits = digits > 0 && IsNumberWithUnit(f, start, end);
        for (var i = start; i < end; i++)
        {
            var c = f.Chars[i];
            var mapped = c switch
            {
                _ when IsLetter(c) || IsSpacingMark(c) => c,
                >= '0' and <= '9' when keepDigits => c,
                '0' => 'o',
                '1' => 'i',
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '7' => 't',
                '8' => 'b',
                '@' => 'a',
                '$' => 's',
                '!' => 'i',
                '*' or '#' => '*',
                '\'' => '\'',
                _ => Unmapped,
            };
            if (mapped == Unmapped)
            {
                continue;
            }
            if (mapped == '*')
            {
                flags |= TokenFlags.Masked;
            }
            else if (mapped != c)
            {
                flags |= TokenFlags.Disguised;
            }
            // Runs of three or more of one letter shrink to two (fuuuuck, sooo, aaaa…); lexicon look-ups also try one.
            if (mapped != '*' && sb.Length >= 2 && sb[^1] == mapped && sb[^2] == mapped)
            {
                flags |= TokenFlags.Stretched;
                continue;
            }
            if (sb.Length < MaxTokenLength)
            {
                sb.Append(mapped);
            }
        }
        var text = sb.ToString();
        if (text.EndsWith("'s", StringComparison.Ordinal) && text.Length > 2)
        {
            text = text[..^2];
            flags |= TokenFlags.Possessive;
        }
        text = text.Trim('\'');
        if (text.Length == 0 || text.All(ch => ch == '*'))
        {
            return end;
        }
        if ((flags & TokenFlags.Masked) != 0 && IsMaskedArse(text))
        {
            // a*se, a**e, a**: the body-part word the rules name ("up your arse"), which is not itself profanity
            text = "arse";
            flags = (flags & ~TokenFlags.Masked) | TokenFlags.Disguised;
        }
        AddWord(original, tokens, text, spanStart, spanEnd, flags);
        return end;
    }

    /// <summary>A short masked word that can only be "arse" or "ass" (a*se, a**e, a*s, a**).</summary>
    private static bool IsMaskedArse(string text) =>
        text.Length is >= 3 and <= 4 && text[0] == 'a' && text[^1] is '*' or 'e' or 's'
        && (TokenTrie.MaskMatches(text, "arse", stem: false) || TokenTrie.MaskMatches(text, "ass", stem: false));

    /// <summary>What may follow digits in a number kept as typed ("10mg", "2nd", "8am", "24hrs"); other letters after
    /// digits are a disguise read as letters ("4rse", "5hit").</summary>
    private static readonly FrozenSet<string> Units = new[]
    {
        "st", "nd", "rd", "th", "am", "pm", "mg", "mcg", "ug", "g", "kg", "ml", "l", "mm", "cm", "m", "km", "mi",
        "miles", "h", "hr", "hrs", "hour", "hours", "min", "mins", "s", "sec", "secs", "d", "day", "days", "wk", "wks",
        "week", "weeks", "mth", "mths", "month", "yr", "yrs", "year", "years", "yo", "p", "k", "bn", "x", "lb", "lbs",
        "oz", "ft", "in", "kcal", "cal", "mmol", "iu", "gb", "mb", "v", "w", "kw", "mph", "c", "f", "pc", "ish", "odd",
        "plus", "ct", "mp", "tabs", "caps", "mgs",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>10kg, 2nd, 5mins, 7am, b12, covid19: digits and letters that belong together stay as typed.</summary>
    private static bool IsNumberWithUnit(FoldedText f, int start, int end)
    {
        var i = start;
        while (i < end && f.Chars[i] is >= '0' and <= '9')
        {
            i++;
        }
        if (i > start)
        {
            for (var j = i; j < end; j++)
            {
                if (!IsLetter(f.Chars[j]))
                {
                    return false;
                }
            }
            return end - i <= 5 && UnitLookup.Contains(f.Chars.AsSpan(i, end - i));
        }
        while (i < end && IsLetter(f.Chars[i]))
        {
            i++;
        }
        var letterCount = i - start;
        for (var j = i; j < end; j++)
        {
            if (f.Chars[j] is < '0' or > '9')
            {
                return false;
            }
        }
        return letterCount <= 5 && end - i >= 2 || letterCount == 1;
    }

    private static void AddWord(string original, List<Token> tokens, string text, int start, int end, TokenFlags flags)
    {
        var first = original[start];
        if (first == '@' && start + 1 < end)
        {
            first = original[start + 1];
        }
        if (char.IsUpper(first))
        {
            flags |= TokenFlags.Capitalised;
            if (end - start >= 2 && IsAllCaps(original.AsSpan(start, end - start)))
            {
                flags |= TokenFlags.AllCaps;
            }
        }
        tokens.Add(new Token(text, TokenKind.Word, start, end, flags));
    }

    private static bool IsAllCaps(ReadOnlySpan<char> span)
    {
        var letters = 0;
        foreach (var c in span)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return letters >= 2;
    }
}
