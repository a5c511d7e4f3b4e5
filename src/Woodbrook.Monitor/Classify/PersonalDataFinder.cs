using System.Text.RegularExpressions;

namespace Woodbrook.Monitor.Classify;

/// <summary>Finds identifiers in the text as typed: NHS numbers (only those that pass the Modulus 11 check), dates,
/// UK phone numbers and postcodes. Anything inside a link is skipped, so an id in a URL is never an NHS number.
/// Non-backtracking, source-generated patterns: linear in the length of the text.</summary>
internal static partial class PersonalDataFinder
{
    public static void Find(TokenizedText text, MatchTable table, ClassifierPolicy policy)
    {
        var original = text.Original;
        if (original.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            foreach (var m in TenDigits().EnumerateMatches(original))
            {
                if (IsValidNhsNumber(original.AsSpan(m.Index, m.Length)))
                {
                    AddSpan(text, table, policy.BuiltinId("nhs_number"), m.Index, m.Length);
                }
            }
            foreach (var m in Date().EnumerateMatches(original))
            {
                AddSpan(text, table, policy.BuiltinId("date"), m.Index, m.Length);
            }
            foreach (var m in Phone().EnumerateMatches(original))
            {
                AddSpan(text, table, policy.BuiltinId("phone"), m.Index, m.Length);
                if (original[m.Index] == '+' ? original.AsSpan(m.Index + 3).TrimStart(' ').StartsWith("7") : original.AsSpan(m.Index).StartsWith("07"))
                {
                    AddSpan(text, table, policy.BuiltinId("mobile"), m.Index, m.Length);
                }
            }
            foreach (var m in Postcode().EnumerateMatches(original))
            {
                AddSpan(text, table, policy.BuiltinId("postcode"), m.Index, m.Length);
            }
        }
    }

    private static void AddSpan(TokenizedText text, MatchTable table, int set, int start, int length)
    {
        var (first, end) = text.TokensCovering(start, length);
        if (end <= first)
        {
            return;
        }
        for (var k = first; k < end; k++)
        {
            if (text[k].Kind == TokenKind.Link)
            {
                return;
            }
        }
        table.Add(set, first, end);
    }

    /// <summary>NHS number check digit: weights 10 down to 2 on the first nine digits; 11 minus the sum modulo 11 is the
    /// check digit (11 counts as 0; 10 means the number is invalid).</summary>
    internal static bool IsValidNhsNumber(ReadOnlySpan<char> candidate)
    {
        Span<int> digits = stackalloc int[10];
        var n = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == 10)
                {
                    return false;
                }
                digits[n++] = c - '0';
            }
        }
        if (n != 10)
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += digits[i] * (10 - i);
        }
        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }
        return check != 10 && check == digits[9];
    }

    [GeneratedRegex(@"\b\d{3}[ \-]?\d{3}[ \-]?\d{4}\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex TenDigits();

    [GeneratedRegex(@"\b(?:0?[1-9]|[12]\d|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:19|20)?\d\d\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:19|20)\d\d\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    [GeneratedRegex(@"(?:\+44[ ]?(?:\(0\)[ ]?)?|\b0)\d{2,4}[ \-]?\d{3}[ \-]?\d{3,4}\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();
}
