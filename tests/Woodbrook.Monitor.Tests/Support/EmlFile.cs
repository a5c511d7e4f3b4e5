using System.Text;
using System.Text.RegularExpressions;

namespace Woodbrook.Monitor.Tests.Support;

/// <summary>Reads what System.Net.Mail wrote: headers and the decoded text of every part (base64 or quoted-printable).</summary>
public sealed partial class EmlFile
{
    private EmlFile(string headers, string text)
    {
        Headers = headers;
        Text = text;
    }

    public string Headers { get; }

    /// <summary>All decoded body parts, concatenated.</summary>
    public string Text { get; }

    public string Subject => SubjectHeader().Match(Headers) is { Success: true } m ? DecodeWord(m.Groups[1].Value.Trim()) : "";

    public string To => ToHeader().Match(Headers) is { Success: true } m ? m.Groups[1].Value.Trim() : "";

    public static EmlFile Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = split < 0 ? raw : raw[..split];
        var text = new StringBuilder();
        foreach (Match part in PartHeader().Matches(raw))
        {
            var encoding = part.Groups["enc"].Value.ToLowerInvariant();
            var body = part.Groups["body"].Value;
            text.AppendLine(encoding switch
            {
                "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
                "quoted-printable" => QuotedPrintable(body),
                _ => body,
            });
        }
        return new EmlFile(headers, text.ToString());
    }

    public static string QuotedPrintable(string body)
    {
        var bytes = new List<byte>();
        var s = body.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '=' && i + 2 < s.Length && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
            {
                bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(s[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string DecodeWord(string value) => EncodedWord().Replace(value, m => m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
        ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[3].Value))
        : QuotedPrintable(m.Groups[3].Value.Replace('_', ' '))).Replace("\r\n ", "", StringComparison.Ordinal);

    [GeneratedRegex(@"Content-Transfer-Encoding:\s*(?<enc>[\w-]+)\r\n(?:[^\r\n]+\r\n)*\r\n(?<body>.*?)(?=\r\n--|\z)", RegexOptions.Singleline)]
    private static partial Regex PartHeader();

    [GeneratedRegex(@"^Subject:(.*(?:\r\n[ \t].*)*)", RegexOptions.Multiline)]
    private static partial Regex SubjectHeader();

    [GeneratedRegex(@"^To:(.*)", RegexOptions.Multiline)]
    private static partial Regex ToHeader();

    [GeneratedRegex(@"=\?([\w-]+)\?([BQbq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
