using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Classify;
using Woodbrook.Monitor.Fetch;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Report;

namespace Woodbrook.Monitor.Approve;

/// <summary>The approval page, as plain server-rendered HTML: readable on a phone, usable by keyboard, no script.
/// Every piece of comment data is HTML-encoded.</summary>
public sealed class ApprovalPage(IOptions<ReportOptions> report, IOptions<PracticeOptions> practice)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(report.Value.TimeZoneId);
    private readonly string _practice = practice.Value.Practice;

    private const string Style = """
        :root{color-scheme:light}
        body{font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5;color:#212b32;background:#f0f4f5;margin:0}
        main{max-width:42rem;margin:0 auto;padding:1rem}
        h1{font-size:1.4rem;margin:.5rem 0 1rem}
        .card{background:#fff;border-radius:6px;padding:1rem;margin-bottom:1rem;box-shadow:0 1px 2px rgba(0,0,0,.15)}
        blockquote{margin:0;padding:.75rem 1rem;border-left:5px solid #005eb8;background:#f8fafb;white-space:pre-wrap;overflow-wrap:anywhere}
        mark{background:#ffeb3b;color:#212b32;padding:0 .1em;border-bottom:2px solid #d5281b}
        .labels{list-style:none;padding:0;margin:.5rem 0}
        .labels li{display:inline-block;background:#d5281b;color:#fff;border-radius:999px;padding:.15rem .7rem;margin:.15rem .25rem .15rem 0;font-size:.9rem}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem .75rem;margin:0}
        dt{font-weight:bold;color:#4c6272}
        dd{margin:0;overflow-wrap:anywhere}
        label{display:block;font-weight:bold;margin:.75rem 0 .25rem}
        textarea,input[type=text]{width:100%;box-sizing:border-box;font-size:1rem;padding:.5rem;border:2px solid #4c6272;border-radius:4px}
        .buttons{display:grid;grid-template-columns:1fr 1fr;gap:.75rem;margin-top:1rem}
        button{font-size:1.05rem;padding:.9rem .5rem;border:0;border-radius:4px;color:#fff;cursor:pointer;min-height:48px}
        button:focus-visible,a:focus-visible,textarea:focus-visible,input:focus-visible{outline:3px solid #212b32;outline-offset:2px;box-shadow:0 0 0 7px #ffeb3b}
        .delete{background:#d5281b}.guidance{background:#8a1538;grid-column:1/-1}button[disabled]{background:#aeb7bd;cursor:not-allowed}.conduct{border-left:5px solid #ffb81c}.hide{background:#005eb8}.keep{background:#007f3b}.escalate{background:#330072}
        .note{color:#4c6272;font-size:.95rem}
        .done{border-left:5px solid #007f3b}.refused{border-left:5px solid #d5281b}
        ul.evidence{padding-left:1.2rem}
        """;

    public string Home() => Layout("Woodbrook Monitor", """
        <div class="card"><h1>Woodbrook Monitor</h1><p>This service sends approval links by email. Open the link in the email to review a comment.</p></div>
        """);

    public string Invalid(LinkStatus status)
    {
        var (title, text) = status switch
        {
            LinkStatus.Expired => ("This link has expired", "Approval links work for a limited time. The case is still waiting: a reminder with a new link will reach the approvers, or ask the practice manager."),
            LinkStatus.BadSignature or LinkStatus.Malformed => ("This link is not valid", "The link may have been cut short or changed. Open it again from the email, or copy the whole address."),
            _ => ("This link cannot be used", "Open the link again from the email."),
        };
        return Layout(title, $"""<div class="card refused" role="alert"><h1>{title}</h1><p>{text}</p></div>""");
    }

    public string TooManyAttempts() => Layout("Too many attempts", """
        <div class="card refused" role="alert"><h1>Too many attempts</h1><p>Please wait a few minutes and open the link from the email again.</p></div>
        """);

    public string NotFound() => Layout("Case not found", """
        <div class="card refused" role="alert"><h1>Case not found</h1><p>This case no longer exists.</p></div>
        """);

    public string Case(CaseView view, string token, CaseContext context, string? message = null)
    {
        var body = new StringBuilder();
        if (message is not null)
        {
            body.Append("<div class=\"card done\" role=\"status\"><p>").Append(Enc(message)).Append("</p></div>");
        }
        var open = view.State is CaseState.Pending or CaseState.Escalated;
        if (!open)
        {
            // The outcome first: on a phone it is what the approver sees after deciding, without scrolling.
            body.Append(DecidedCard(view));
        }
        body.Append("<div class=\"card\"><h1>Case ").Append(view.Id).Append(open ? ": a comment waiting for your decision" : ": a decided comment").Append("</h1>");
        body.Append(Labels(view.Labels));
        body.Append("<blockquote lang=\"en\">").Append(CommentHighlighter.ToHtml(view.Text, view.Evidence)).Append("</blockquote>");
        body.Append("<h2 style=\"font-size:1.1rem\">Why it was flagged</h2><ul class=\"evidence\">");
        foreach (var e in view.Evidence)
        {
            body.Append("<li>").Append(Enc(e.Label.Describe())).Append(": <mark>").Append(Enc(e.Text)).Append("</mark> <span class=\"note\">(rule ")
                .Append(Enc(e.Rule)).Append(")</span></li>");
        }
        body.Append("</ul>");
        if (context.HiddenWhileWaiting && view.State is CaseState.Pending or CaseState.Escalated)
        {
            body.Append("<p class=\"note\"><strong>This comment has been hidden while it waits for your decision.</strong> Hiding is reversible: Keep unhides it.</p>");
        }
        body.Append("</div>");
        body.Append(Context(view));
        body.Append(Conduct(view, context));
        if (open)
        {
            var escalated = view.State == CaseState.Escalated ? "<p class=\"note\">This case was escalated to the practice manager.</p>" : "";
            // A button the platform would refuse stays on the page, disabled and pointing at the note that says why.
            static string Decision(string value, string label, bool allowed) => allowed
                ? $"<button type=\"submit\" class=\"{value}\" name=\"decision\" value=\"{value}\">{label}</button>"
                : $"<button type=\"submit\" class=\"{value}\" name=\"decision\" value=\"{value}\" disabled aria-describedby=\"nohide\">{label}</button>";
            var hideButton = Decision("hide", "Hide", view.Hideable);
            var deleteButton = Decision("delete", "Delete", view.Removable);
            var why = (view.IsMention, view.Removable, view.Hideable) switch
            {
                (true, _, _) => "This is on another account's Instagram post and mentions the practice's account. Instagram lets the account read and reply to mentions but not hide or delete them: keep it, escalate it, or report it to Instagram below.",
                (_, false, _) => "The platform does not let the account delete this comment. Keep it, escalate it, or report it below.",
                (_, _, false) => "This comment cannot be hidden (Facebook does not allow hiding comments on visitor posts or reviews). Delete it, keep it, or escalate.",
                _ => null,
            };
            var hideNote = why is null ? "" : $"<p class=\"note\" id=\"nohide\">{why}</p>";
            var guidance = view.Labels.Contains(CommentLabel.Complaint) && view.Removable
                ? "<button type=\"submit\" class=\"guidance\" name=\"decision\" value=\"delete_with_guidance\">Delete and send complaints guidance</button>"
                : "";
            body.Append($"""
                <form class="card" method="post" action="/approve">
                  <h2 style="font-size:1.1rem;margin-top:0">Your decision</h2>{escalated}
                  <input type="hidden" name="token" value="{Enc(token)}">
                  <label for="reason">Reason or note (optional, kept with the case)</label>
                  <textarea id="reason" name="reason" rows="2" maxlength="500"></textarea>
                  <div class="buttons">
                    {guidance}
                    {deleteButton}
                    {hideButton}
                    <button type="submit" class="keep" name="decision" value="keep">Keep</button>
                    <button type="submit" class="escalate" name="decision" value="escalate">Escalate</button>
                  </div>
                  {hideNote}
                  <p class="note">Delete removes the comment for good (the evidence is kept first). Hide keeps it visible only to its author and their friends. Keep leaves it up. Escalate sends it to the practice manager.</p>
                </form>
                """);
        }
        body.Append(MetaReport(view, token));
        return Layout($"Case {view.Id}", body.ToString());
    }

    private static string Conduct(CaseView view, CaseContext context)
    {
        if (string.IsNullOrEmpty(view.AuthorId))
        {
            return "<div class=\"card\"><p class=\"note\">The platform did not say who wrote this comment, so it cannot be linked to the same person's other comments.</p></div>";
        }
        if (context.Linked.Count == 0)
        {
            return "";
        }
        var items = string.Concat(context.Linked.Select(l =>
            $"<li>Case {l.Id}: {Enc(string.Join(", ", l.Labels.Select(x => x.Describe())))} ({Enc(l.State.ToString().ToLowerInvariant())})</li>"));
        return $"""
            <div class="card conduct" role="note"><h2 style="font-size:1.1rem;margin-top:0">Possible course of conduct</h2>
            <p>The same author has {context.Linked.Count + 1} flagged comments in the period. Repeated conduct can matter under the Protection from Harassment Act; the evidence of all of them can be exported together.</p>
            <ul>{items}</ul></div>
            """;
    }

    private static string MetaReport(CaseView view, string token)
    {
        if (!Uri.TryCreate(view.Permalink, UriKind.Absolute, out var link) || link.Scheme != Uri.UriSchemeHttps)
        {
            return "";
        }
        var recorded = view.MetaReportRef is null ? "" : $"<p>Recorded reference: <strong>{Enc(view.MetaReportRef)}</strong></p>";
        return $"""
            <form class="card" method="post" action="/approve/meta-report">
              <h2 style="font-size:1.1rem;margin-top:0">Report to Meta</h2>
              <p class="note">Meta offers no way to report a comment through its API. To report it, <a href="{Enc(link.ToString())}" rel="noreferrer noopener" target="_blank">open the comment</a>, use Meta's own report option, and record the reference Meta gives you here.</p>
              {recorded}
              <input type="hidden" name="token" value="{Enc(token)}">
              <label for="reference">Meta's reference</label>
              <input type="text" id="reference" name="reference" maxlength="200" autocomplete="off">
              <div class="buttons"><button type="submit" class="escalate" name="record" value="meta">Record reference</button></div>
            </form>
            """;
    }

    private string DecidedCard(CaseView view)
    {
        var when = view.DecidedAt is null ? "" : " on " + Local(view.DecidedAt.Value);
        var outcome = view.State switch
        {
            CaseState.Done => "The action has been carried out.",
            CaseState.Failed => "The action could not be carried out; the practice manager will see this in the daily digest.",
            CaseState.Decided => "The action is being carried out.",
            _ => "",
        };
        return $"""
            <div class="card done" role="status"><h2 style="font-size:1.1rem;margin-top:0">Already decided</h2>
            <p><strong>{Enc(view.Decision?.ToString() ?? "")}</strong> by {Enc(view.DecidedBy ?? "")}{Enc(when)}. {outcome}</p>
            <p class="note">Nothing more is needed from you for this case.</p></div>
            """;
    }

    private string Context(CaseView view)
    {
        var sb = new StringBuilder("<div class=\"card\"><dl>");
        sb.Append("<dt>Where</dt><dd>").Append(view.Where).Append("</dd>");
        sb.Append("<dt>Posted</dt><dd>").Append(Enc(Local(view.CommentCreated))).Append("</dd>");
        sb.Append("<dt>By</dt><dd>").Append(Enc(view.AuthorName ?? "(the API does not show the author)")).Append("</dd>");
        if (!string.IsNullOrWhiteSpace(view.PostText))
        {
            sb.Append("<dt>On the post</dt><dd>").Append(Enc(Shorten(view.PostText, 280))).Append("</dd>");
        }
        if (Uri.TryCreate(view.Permalink, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps)
        {
            sb.Append("<dt>Link</dt><dd><a href=\"").Append(Enc(link.ToString())).Append("\" rel=\"noreferrer noopener\" target=\"_blank\">Open on ")
                .Append(view.Platform.Display()).Append("</a></dd>");
        }
        sb.Append("<dt>Flagged</dt><dd>").Append(Enc(Local(view.CreatedAt))).Append("</dd>");
        return sb.Append("</dl></div>").ToString();
    }

    private static string Labels(IReadOnlyList<CommentLabel> labels) =>
        "<ul class=\"labels\" aria-label=\"Labels\">" + string.Concat(labels.Select(l => "<li>" + Enc(l.Describe()) + "</li>")) + "</ul>";

    private string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, _zone).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private static string Enc(string value) => WebUtility.HtmlEncode(value);

    private string Layout(string title, string body) => $"""
        <!doctype html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>{Enc(title)} · {Enc(_practice)}</title>
        <style>{Style}</style>
        </head>
        <body><main>
        {body}
        <p class="note">{Enc(_practice)} · Woodbrook Monitor</p>
        </main></body></html>
        """;
}
