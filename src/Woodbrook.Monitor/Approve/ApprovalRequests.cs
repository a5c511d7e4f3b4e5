using System.Globalization;
using System.Net;
using System.Text;
using Dapper;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Classify;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Report;

namespace Woodbrook.Monitor.Approve;

/// <summary>Asks the approvers about each new case: one email per case and approver, each with its own signed link,
/// queued in the outbox together with the case's "notified" mark.</summary>
public sealed class ApprovalRequests(
    Database database, Outbox outbox, ApprovalLinks links, AuditLog audit, IOptions<ApproveOptions> options, IOptions<ReportOptions> report,
    TimeProvider time, ILogger<ApprovalRequests> logger)
{
    private readonly ApproveOptions _options = options.Value;
    private readonly string _manager = report.Value.PracticeManager;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(report.Value.TimeZoneId);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        List<long> caseIds;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            caseIds = (await connection.QueryAsync<long>(new CommandDefinition(
                "SELECT id FROM cases WHERE state = 'pending' AND notified_at IS NULL ORDER BY id LIMIT 100",
                cancellationToken: cancellationToken))).ToList();
        }
        var emails = 0;
        foreach (var caseId in caseIds)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var tx = await connection.BeginTransactionAsync(cancellationToken);
            var view = await ModerationQueue.GetCaseAsync(connection, tx, caseId, cancellationToken);
            if (view is null)
            {
                continue;
            }
            emails += await AskApproversAsync(connection, tx, view, "approval", null, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("UPDATE cases SET notified_at = @now WHERE id = @caseId",
                new { caseId, now = time.GetUtcNow().ToUnixTimeMilliseconds() }, tx, cancellationToken: cancellationToken));
            await audit.AppendAsync(connection, tx, "monitor", "approval.requested", caseId,
                ModerationQueue.Detail(("approvers", _options.Approvers.Count.ToString(CultureInfo.InvariantCulture))), cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
        if (caseIds.Count > 0)
        {
            logger.Requested(caseIds.Count, emails);
        }
        return caseIds.Count;
    }

    /// <summary>Nudges: a case pending <see cref="ApproveOptions.ReminderAfter"/> after the approvers were asked is sent to
    /// them again (fresh links); pending <see cref="ApproveOptions.EscalateAfter"/> after that, it goes to the practice manager.</summary>
    public async Task<(int Reminded, int Escalated)> RemindAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<(long Id, long NotifiedAt, long RemindersSent)> due;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            due = (await connection.QueryAsync<(long, long, long)>(new CommandDefinition("""
                SELECT id, notified_at, reminders_sent FROM cases
                WHERE state = 'pending' AND notified_at IS NOT NULL AND reminders_sent < 2
                  AND notified_at <= @remindBefore
                ORDER BY id
                """, new { remindBefore = (now - _options.ReminderAfter).ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken))).ToList();
        }
        int reminded = 0, escalated = 0;
        foreach (var (caseId, notifiedAt, sent) in due)
        {
            var asked = DateTimeOffset.FromUnixTimeMilliseconds(notifiedAt);
            if (sent == 0)
            {
                await using var connection = await database.OpenAsync(cancellationToken);
                await using var tx = await connection.BeginTransactionAsync(cancellationToken);
                var view = await ModerationQueue.GetCaseAsync(connection, tx, caseId, cancellationToken);
                if (view is null)
                {
                    continue;
                }
                await AskApproversAsync(connection, tx, view, "reminder", "Reminder: this comment is still waiting for a decision. Nothing has been removed.", cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition("UPDATE cases SET reminders_sent = 1 WHERE id = @caseId AND reminders_sent = 0",
                    new { caseId }, tx, cancellationToken: cancellationToken));
                await audit.AppendAsync(connection, tx, "monitor", "approval.reminded", caseId, ModerationQueue.Detail(), cancellationToken);
                await tx.CommitAsync(cancellationToken);
                reminded++;
            }
            else if (asked + _options.ReminderAfter + _options.EscalateAfter <= now)
            {
                await using (var connection = await database.OpenAsync(cancellationToken))
                await using (var tx = await connection.BeginTransactionAsync(cancellationToken))
                {
                    var moved = await connection.ExecuteAsync(new CommandDefinition("""
                        UPDATE cases SET reminders_sent = 2, state = 'escalated', escalated_at = @now, updated_at = @now
                        WHERE id = @caseId AND state = 'pending' AND reminders_sent = 1
                        """, new { caseId, now = now.ToUnixTimeMilliseconds() }, tx, cancellationToken: cancellationToken));
                    if (moved == 0)
                    {
                        continue;
                    }
                    await audit.AppendAsync(connection, tx, "monitor", "case.escalated", caseId, ModerationQueue.Detail(("why", "no decision after reminder")), cancellationToken);
                    await tx.CommitAsync(cancellationToken);
                }
                await EscalateAsync(caseId, cancellationToken, "Nobody has decided on this comment since the approvers were reminded, so it is escalated to you. Nothing has been removed.");
                escalated++;
            }
        }
        return (reminded, escalated);
    }

    /// <summary>Queues one email per approver, each with a link of their own; the dedupe key makes it once per kind.</summary>
    private async Task<int> AskApproversAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, CaseView view, string kind,
        string? intro, CancellationToken cancellationToken)
    {
        var queued = 0;
        var held = await ModerationQueue.IsHeldAsync(connection, tx, view.Id, cancellationToken);
        foreach (var approver in _options.Approvers)
        {
            var email = Compose(view, held, approver, links.CreateLink(view.Id, approver).ToString(), intro);
            if (kind != "approval")
            {
                email = email with { Kind = kind, Subject = "Reminder: " + email.Subject };
            }
            if (await outbox.EnqueueAsync(connection, tx, email, $"{kind}:{view.Id}:{approver.ToLowerInvariant()}", cancellationToken))
            {
                queued++;
            }
        }
        return queued;
    }

    /// <summary>Sends an escalated case to the practice manager, with a link of their own.</summary>
    public async Task EscalateAsync(long caseId, CancellationToken cancellationToken, string? intro = null)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var view = await ModerationQueue.GetCaseAsync(connection, null, caseId, cancellationToken);
        if (view is null)
        {
            return;
        }
        var manager = _manager;
        var link = links.CreateLink(caseId, manager).ToString();
        var held = await ModerationQueue.IsHeldAsync(connection, null, caseId, cancellationToken);
        var email = Compose(view, held, manager, link, intro ??
            $"{view.DecidedBy} escalated this case to you. A comment on the practice's social media may break the patient code of conduct; nothing has been removed.");
        await outbox.EnqueueAsync(connection, null, email with { Kind = "escalation" }, $"escalation:{caseId}", cancellationToken);
    }

    /// <summary>The approval email. The subject names the case and the labels only: no comment text, no names.
    /// <paramref name="held"/>: whether the comment was hidden, or is being hidden, while the case waits (the case's hold
    /// action, as the approval page reads it).</summary>
    public OutgoingEmail Compose(CaseView view, bool held, string approver, string link, string? intro = null)
    {
        var labels = string.Join(", ", view.Labels.Select(l => l.Describe()));
        var where = $"{view.Where}, {TimeZoneInfo.ConvertTime(view.CommentCreated, _zone).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)}";
        var expires = TimeZoneInfo.ConvertTime(time.GetUtcNow() + _options.LinkLifetime, _zone).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
        intro ??= view.IsMention
            ? "Another account's Instagram post or comment mentions the practice's account and may break the patient code of conduct. Instagram does not let the account hide or delete it: you can keep it, escalate it, or report it to Instagram."
            : held
            ? "A comment on the practice's social media may break the patient code of conduct. Because of what it contains it has been hidden while it waits for your decision (reversible: Keep unhides it). Nothing has been deleted."
            : "A comment on the practice's social media may break the patient code of conduct and is waiting for your decision. Nothing has been removed.";
        var text = new StringBuilder()
            .AppendLine(intro).AppendLine()
            .AppendLine($"Case {view.Id}: {labels}")
            .AppendLine($"Where: {where}")
            .AppendLine($"Comment: \"{view.Text}\"")
            .AppendLine()
            .AppendLine("Why it was flagged:");
        foreach (var e in view.Evidence)
        {
            text.AppendLine($"- {e.Label.Describe()}: \"{e.Text}\" (rule {e.Rule})");
        }
        var choices = string.Join(", ", new[] { view.Removable ? "Delete" : null, view.Hideable ? "Hide" : null, "Keep" }.OfType<string>()) + " or Escalate";
        text.AppendLine().AppendLine($"Decide ({choices}): {link}")
            .AppendLine($"The link is yours alone and works until {expires} (UK time). Opening it changes nothing; only pressing a button does.");
        var html = new StringBuilder()
            .Append("<!doctype html><html><body style=\"font-family:Arial,sans-serif;font-size:16px;color:#1a1a1a;max-width:640px\">")
            .Append("<p>").Append(WebUtility.HtmlEncode(intro)).Append("</p>")
            .Append("<p><strong>Case ").Append(view.Id).Append(":</strong> ").Append(WebUtility.HtmlEncode(labels)).Append("<br>")
            .Append(WebUtility.HtmlEncode(where)).Append("</p>")
            .Append("<blockquote style=\"border-left:4px solid #005eb8;margin:0;padding:8px 12px;background:#f0f4f5\">")
            .Append(CommentHighlighter.ToHtml(view.Text, view.Evidence)).Append("</blockquote><ul>");
        foreach (var e in view.Evidence)
        {
            html.Append("<li>").Append(WebUtility.HtmlEncode(e.Label.Describe())).Append(": <mark>").Append(WebUtility.HtmlEncode(e.Text))
                .Append("</mark> <small>(rule ").Append(WebUtility.HtmlEncode(e.Rule)).Append(")</small></li>");
        }
        html.Append("</ul><p><a href=\"").Append(WebUtility.HtmlEncode(link))
            .Append("\" style=\"display:inline-block;background:#005eb8;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px\">Review and decide</a></p>")
            .Append("<p style=\"color:#4c6272;font-size:14px\">This link is yours alone and works until ").Append(WebUtility.HtmlEncode(expires))
            .Append(" (UK time). Opening it changes nothing; only pressing a button does.</p></body></html>");
        return new OutgoingEmail("approval", approver, $"Woodbrook Monitor: case {view.Id} needs a decision ({labels})", text.ToString(), html.ToString(), view.Id, link);
    }
}
