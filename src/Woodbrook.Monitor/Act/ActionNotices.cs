using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Classify;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Fetch;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Act;

/// <summary>The words the act stage sends: the complaints reply, the "reported" note to the management team, and the
/// note to the Complaints Lead. Subjects carry case numbers only.</summary>
public sealed class ActionNotices(IOptions<ActOptions> options, IOptions<PracticeOptions> practice)
{
    private readonly ActOptions _options = options.Value;
    private readonly PracticeOptions _practice = practice.Value;

    public string ComplaintsReply() =>
        _options.ComplaintsReply.Replace("{complaints_procedure}", _practice.ComplaintsProcedure, StringComparison.Ordinal);

    public OutgoingEmail Reported(CaseView view)
    {
        var verb = view.Decision is CaseDecision.Delete or CaseDecision.DeleteWithGuidance ? "deleted" : "hidden";
        var labels = string.Join(", ", view.Labels.Select(l => l.Describe()));
        var text = $"""
            A comment on the practice's {Where(view)} was {verb} under the patient code of conduct.

            Case {view.Id}: {labels}
            Decided by: {view.DecidedBy}
            {(verb == "deleted" ? "The evidence was saved before deletion; export it with: evidence export " + view.Id.ToString(CultureInfo.InvariantCulture) : "Hidden comments stay visible to their author and their friends.")}
            """;
        return new OutgoingEmail("reported", _options.ManagementTeam, $"Woodbrook Monitor: comment {verb} (case {view.Id})", text, null, view.Id);
    }

    public OutgoingEmail ComplaintsLead(CaseView view, bool replySent)
    {
        var text = $"""
            A complaint posted as a {Where(view)} comment was deleted by {view.DecidedBy} under the patient code of conduct.
            {(replySent ? "The writer was sent a private reply pointing to the complaints procedure." : "A private reply could not be sent (the platform did not allow it); the writer has not been told where to complain.")}

            Case {view.Id}. The comment, for your records:
            "{view.Text}"

            Author as the platform exposed it: {view.AuthorName ?? "not exposed"}
            """;
        var html = $"""
            <p>A complaint posted as a {WebUtility.HtmlEncode(Where(view))} comment was deleted by {WebUtility.HtmlEncode(view.DecidedBy ?? "")} under the patient code of conduct.</p>
            <p>{(replySent ? "The writer was sent a private reply pointing to the complaints procedure." : "A private reply could not be sent (the platform did not allow it); the writer has not been told where to complain.")}</p>
            <p>Case {view.Id}. The comment, for your records:</p><blockquote>{WebUtility.HtmlEncode(view.Text)}</blockquote>
            <p>Author as the platform exposed it: {WebUtility.HtmlEncode(view.AuthorName ?? "not exposed")}</p>
            """;
        return new OutgoingEmail("complaints-lead", _options.ComplaintsLead, $"Woodbrook Monitor: complaint removed from social media (case {view.Id})", text, html, view.Id);
    }

    private static string Where(CaseView view) => view.Platform.Display();
}
