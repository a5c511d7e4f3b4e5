using System.Net;
using System.Text;
using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Approve;

/// <summary>Renders comment text as HTML with the evidence spans marked. Everything from the comment is HTML-encoded;
/// only our own &lt;mark&gt; tags are markup.</summary>
public static class CommentHighlighter
{
    public static string ToHtml(string text, IReadOnlyList<Evidence> evidence)
    {
        var spans = evidence
            .Where(e => e.Length > 0 && e.Start >= 0 && e.Start + e.Length <= text.Length)
            .Select(e => (e.Start, End: e.Start + e.Length, e.Label))
            .OrderBy(s => s.Start)
            .ToList();
        var merged = new List<(int Start, int End, HashSet<CommentLabel> Labels)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                last.Labels.Add(span.Label);
                merged[^1] = (last.Start, Math.Max(last.End, span.End), last.Labels);
            }
            else
            {
                merged.Add((span.Start, span.End, [span.Label]));
            }
        }
        var html = new StringBuilder();
        var at = 0;
        foreach (var (start, end, labels) in merged)
        {
            html.Append(WebUtility.HtmlEncode(text[at..start]));
            var title = string.Join(", ", labels.Order().Select(l => l.Describe()));
            html.Append("<mark title=\"").Append(WebUtility.HtmlEncode(title)).Append("\">")
                .Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            at = end;
        }
        html.Append(WebUtility.HtmlEncode(text[at..]));
        return html.ToString();
    }
}
