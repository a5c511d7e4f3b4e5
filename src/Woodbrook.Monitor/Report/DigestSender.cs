using System.Globalization;
using System.Net;
using System.Text;
using Dapper;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Classify;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Report;

/// <summary>The daily digest: counts only (no comment text, no names), sent at most once per local date.</summary>
public sealed class DigestSender(Database database, Outbox outbox, AzureLanguageHealth azure, IOptions<ReportOptions> options, TimeProvider time, ILogger<DigestSender> logger)
{
    private readonly ReportOptions _options = options.Value;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZoneId);

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var localDate = TimeZoneInfo.ConvertTime(now, _zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var last = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(sent_at) FROM digests", transaction: tx, cancellationToken: cancellationToken));
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO digests (local_date, sent_at) VALUES (@localDate, @now) ON CONFLICT (local_date) DO NOTHING",
            new { localDate, now = now.ToUnixTimeMilliseconds() }, tx, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            logger.DigestAlreadySent(localDate);
            return false;
        }
        var from = last is null ? now.AddDays(-1) : DateTimeOffset.FromUnixTimeMilliseconds(last.Value);
        var summary = await SummariseAsync(connection, tx, from, now, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE digests SET audit_seq = @seq, audit_hash = @hash WHERE local_date = @localDate",
            new { seq = summary.Audit.LastSeq, hash = summary.Audit.LastHash, localDate }, tx, cancellationToken: cancellationToken));
        await outbox.EnqueueAsync(connection, tx, Compose(summary, localDate), $"digest:{localDate}", cancellationToken);
        await tx.CommitAsync(cancellationToken);
        logger.DigestQueued(localDate, summary.NewComments, summary.Pending);
        return true;
    }

    public async Task<DigestSummary> SummariseAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? tx,
        DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var args = new { from = from.ToUnixTimeMilliseconds(), to = to.ToUnixTimeMilliseconds(), dayAgo = to.AddDays(-1).ToUnixTimeMilliseconds() };
        async Task<int> Count(string sql) => await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, args, tx, cancellationToken: cancellationToken));
        async Task<Dictionary<string, int>> Group(string sql) =>
            (await connection.QueryAsync<(string Key, long Count)>(new CommandDefinition(sql, args, tx, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Key, r => (int)r.Count);
        async Task<Dictionary<CommentLabel, int>> ByLabel(string sql)
        {
            var counts = new Dictionary<CommentLabel, int>();
            foreach (var labels in await connection.QueryAsync<string>(new CommandDefinition(sql, args, tx, cancellationToken: cancellationToken)))
            {
                foreach (var label in ModerationQueue.ParseLabels(labels))
                {
                    counts[label] = counts.GetValueOrDefault(label) + 1;
                }
            }
            return counts;
        }

        var flagged = await ByLabel("SELECT labels FROM cases WHERE created_at > @from AND created_at <= @to");
        var overruled = await ByLabel("SELECT overruled FROM verdicts WHERE created_at > @from AND created_at <= @to AND overruled <> ''");
        var monthAgo = to.AddDays(-30).ToUnixTimeMilliseconds();
        var overturns = new Dictionary<CommentLabel, (int Decided, int Kept)>();
        foreach (var (labels, decision) in await connection.QueryAsync<(string, string)>(new CommandDefinition(
            "SELECT labels, decision FROM cases WHERE decided_at > @monthAgo AND decision IS NOT NULL AND decision <> 'escalate'",
            new { monthAgo }, tx, cancellationToken: cancellationToken)))
        {
            foreach (var label in ModerationQueue.ParseLabels(labels))
            {
                var (decided, kept) = overturns.GetValueOrDefault(label);
                overturns[label] = (decided + 1, kept + (decision == "keep" ? 1 : 0));
            }
        }
        var repeat = (await connection.QueryAsync<(string Platform, string Author, long CaseId)>(new CommandDefinition("""
            SELECT m.platform, m.author_id, c.id FROM cases c JOIN comments m ON m.id = c.comment_row
            WHERE m.author_id IS NOT NULL AND c.created_at > @monthAgo ORDER BY c.id
            """, new { monthAgo }, tx, cancellationToken: cancellationToken)))
            .GroupBy(r => (r.Platform, r.Author)).Where(g => g.Count() >= 2)
            .Select(g => (IReadOnlyList<long>)g.Select(r => r.CaseId).ToList()).ToList();
        var problems = (await connection.QueryAsync<(string Name, string Health, string? Detail)>(new CommandDefinition(
            "SELECT name, health, health_detail FROM sources WHERE health <> 'ok' ORDER BY name", transaction: tx, cancellationToken: cancellationToken)))
            .Select(s => $"{s.Name}: {s.Health}{(string.IsNullOrEmpty(s.Detail) ? "" : " (" + s.Detail + ")")}").ToList();
        var audit = await AuditLog.CheckAsync(connection, tx, cancellationToken);
        // The anchor the last digest printed: the newest audit entry then, which must still be there.
        var anchor = await connection.QueryFirstOrDefaultAsync<(string Date, long Seq, string Hash)?>(new CommandDefinition(
            "SELECT local_date, audit_seq, audit_hash FROM digests WHERE audit_seq IS NOT NULL ORDER BY sent_at DESC LIMIT 1",
            transaction: tx, cancellationToken: cancellationToken));
        var anchorProblem = anchor is { } a
            ? await AuditLog.CheckAnchorAsync(connection, tx, a.Seq, a.Hash, cancellationToken) is { } problem ? $"{problem} (it was the newest entry in the digest of {a.Date})" : null
            : null;
        return new DigestSummary(from, to,
            await Count("SELECT COUNT(*) FROM comments WHERE fetched_at > @from AND fetched_at <= @to"),
            flagged,
            await Group("SELECT decision, COUNT(*) FROM cases WHERE decided_at > @from AND decided_at <= @to AND decision IS NOT NULL GROUP BY decision"),
            await Group("SELECT kind || ' ' || state, COUNT(*) FROM actions WHERE created_at > @from AND created_at <= @to GROUP BY kind, state"),
            await Count("SELECT COUNT(*) FROM cases WHERE state IN ('pending', 'escalated')"),
            await Count("SELECT COUNT(*) FROM cases WHERE state IN ('pending', 'escalated') AND created_at < @dayAgo"),
            await Count("SELECT COUNT(*) FROM actions WHERE state IN ('failed', 'not_permitted')"),
            await Count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND attempts > 0"),
            problems,
            overturns,
            repeat,
            overruled,
            audit,
            anchorProblem);
    }

    internal OutgoingEmail Compose(DigestSummary s, string localDate)
    {
        var text = new StringBuilder();
        var html = new StringBuilder("<!doctype html><html><body style=\"font-family:Arial,sans-serif;font-size:16px;color:#212b32;max-width:640px\">");
        void Line(string line)
        {
            text.AppendLine(line);
            html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
        }
        void List(string title, IEnumerable<string> items)
        {
            var list = items.ToList();
            text.AppendLine(title + (list.Count == 0 ? " none" : ""));
            html.Append("<h3>").Append(WebUtility.HtmlEncode(title.TrimEnd(':'))).Append("</h3>");
            if (list.Count == 0)
            {
                html.Append("<p>None.</p>");
                return;
            }
            html.Append("<ul>");
            foreach (var item in list)
            {
                text.AppendLine("  - " + item);
                html.Append("<li>").Append(WebUtility.HtmlEncode(item)).Append("</li>");
            }
            html.Append("</ul>");
        }
        string Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, _zone).ToString("d MMM HH:mm", CultureInfo.InvariantCulture);

        Line($"Woodbrook Monitor daily digest for {localDate} (activity {Local(s.From)} to {Local(s.To)}, UK time).");
        Line($"New comments read: {s.NewComments}.");
        List("Flagged, by label:", s.FlaggedByLabel.OrderBy(p => p.Key).Select(p => $"{p.Key.Describe()}: {p.Value}"));
        List("Decisions:", s.Decisions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}"));
        List("Actions on Facebook/Instagram:", s.Actions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}"));
        List("Kept after flagging in the last 30 days (overturn rate: how often the practice disagreed with the flag):",
            s.OverturnsByLabel.OrderBy(p => p.Key).Select(p => $"{p.Key.Describe()}: {p.Value.Kept} of {p.Value.Decided} kept ({(p.Value.Decided == 0 ? 0 : 100.0 * p.Value.Kept / p.Value.Decided):0}%)"));
        List("Not queued: a rule fired but the learned model was all but sure it was wrong, by label:",
            s.OverruledByLabel.OrderBy(p => p.Key).Select(p => $"{p.Key.Describe()}: {p.Value}"));
        var attention = new List<string>();
        attention.AddRange(s.RepeatAuthors.Select(cases => $"possible course of conduct: one author, cases {string.Join(", ", cases)}"));
        if (s.Pending > 0)
        {
            attention.Add($"{s.Pending} case(s) waiting for a decision, {s.PendingOverOneDay} of them for more than a day");
        }
        if (s.FailedActions > 0)
        {
            attention.Add($"{s.FailedActions} action(s) could not be carried out: check them on Facebook/Instagram");
        }
        if (s.UnsentEmails > 0)
        {
            attention.Add($"{s.UnsentEmails} email(s) not yet accepted by the mail server (being retried)");
        }
        attention.AddRange(s.SourceProblems);
        if (s.Audit.Break is { } broken)
        {
            attention.Add($"the audit trail is broken: {broken.Description}");
        }
        if (s.AuditAnchorProblem is { } anchorProblem)
        {
            attention.Add($"the audit trail is broken: {anchorProblem}");
        }
        if (azure.Failures + azure.Timeouts > 0)
        {
            // The local verdict stood for these comments; none was passed because the cloud call failed.
            attention.Add($"Azure AI Language: {azure.Failures} failed and {azure.Timeouts} timed-out calls of {azure.Calls} since the service started ({azure.Throttled} throttled); the local rules' verdicts were used");
        }
        List("Needs attention:", attention);
        var state = s.Audit.Break is null && s.AuditAnchorProblem is null ? "intact" : "BROKEN (see above)";
        Line(s.Audit.LastSeq is { } seq
            ? $"Audit trail: {s.Audit.Entries} entries, {state}; newest entry {seq}, fingerprint {s.Audit.Fingerprint}. Keep this email: `audit verify --anchor {seq}:{s.Audit.Fingerprint}` checks later that nothing up to this entry was removed or changed."
            : $"Audit trail: no entries, {state}.");
        html.Append("</body></html>");
        return new OutgoingEmail("digest", _options.PracticeManager, $"Woodbrook Monitor daily digest, {localDate}", text.ToString(), html.ToString());
    }
}
