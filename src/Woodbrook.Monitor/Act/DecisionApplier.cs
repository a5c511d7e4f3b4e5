using System.Globalization;
using Dapper;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Fetch;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Act;

/// <summary>Carries out decided actions through the Graph API, in order within a case (the complaints reply before the
/// delete). Each action row is claimed before it is sent, so two runs never send it twice; a crash mid-call leaves it claimed, and it is retried after a while — safe, because
/// hiding a hidden comment and deleting a deleted one both come back as success.</summary>
internal sealed class DecisionApplier(
    Database database, GraphClient graph, EvidenceLocker evidence, AuditLog audit, Outbox outbox, ActionNotices notices,
    IOptions<ActOptions> options, TimeProvider time, ILogger<DecisionApplier> logger)
{
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(10);
    private readonly ActOptions _options = options.Value;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        List<ActionRow> due;
        var now = time.GetUtcNow();
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            due = (await connection.QueryAsync<ActionRow>(new CommandDefinition("""
                SELECT id AS Id, case_id AS CaseId, kind AS Kind, state AS State, attempts AS Attempts, claimed_at AS ClaimedAt
                FROM actions a
                WHERE (state = 'pending' OR (state = 'running' AND claimed_at < @stale))
                  AND NOT EXISTS (SELECT 1 FROM actions p WHERE p.case_id = a.case_id AND p.id < a.id AND p.kind <> 'hold'
                                  AND p.state IN ('pending', 'running'))
                ORDER BY id LIMIT 50
                """, new { stale = (now - StaleClaim).ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken))).ToList();
        }
        var done = 0;
        foreach (var action in due.Where(a => a.ClaimedAt is null || a.State == "running"
            || DateTimeOffset.FromUnixTimeMilliseconds(a.ClaimedAt.Value) + RetryDelay((int)a.Attempts) <= now))
        {
            try
            {
                if (await ApplyAsync(action, cancellationToken))
                {
                    done++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.ActionFailed(action.Id, action.Kind, action.CaseId, ex);
                await ReleaseAsync(action, cancellationToken);
            }
        }
        return done;
    }

    internal static TimeSpan RetryDelay(int attempts) => TimeSpan.FromSeconds(Math.Min(15 * Math.Pow(2, attempts), 3600));

    private async Task<bool> ApplyAsync(ActionRow action, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(action, cancellationToken))
        {
            return false;
        }
        CaseView? found;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            found = await ModerationQueue.GetCaseAsync(connection, null, action.CaseId, cancellationToken);
        }
        var view = found ?? throw new InvalidOperationException($"case {action.CaseId} has an action but no case row");
        if (action.Kind == "private_reply" && action.State == "running")
        {
            // A reply interrupted mid-call may have reached the writer; a second message is not harmless, so it is
            // recorded as not sent rather than sent again.
            await RecordAsync(action, view, new GraphActionResult(GraphActionOutcome.NotPermitted, 0,
                "{\"interrupted\":\"the service stopped while sending; not sent again\"}"), cancellationToken);
            return false;
        }
        if (action.Kind == "delete")
        {
            // Evidence first: if saving fails, nothing is deleted.
            var sha = await evidence.SaveAsync(view, cancellationToken);
            logger.EvidenceSaved(view.Id, sha);
        }
        GraphActionResult result;
        if (_options.DryRun)
        {
            logger.DryRun(action.Id, action.Kind, action.CaseId);
            result = new GraphActionResult(GraphActionOutcome.Done, 0, "{\"dry_run\":true}");
        }
        else
        {
            result = action.Kind switch
            {
                "delete" => await graph.DeleteCommentAsync(view.SourceName, view.CommentId, cancellationToken),
                "hide" or "hold" => await graph.HideCommentAsync(view.SourceName, view.CommentId, true, cancellationToken),
                "private_reply" => await PrivateReplyAsync(view, cancellationToken),
                "unhide" => await graph.HideCommentAsync(view.SourceName, view.CommentId, false, cancellationToken),
                _ => throw new InvalidOperationException($"unknown action kind {action.Kind}"),
            };
        }
        await RecordAsync(action, view, result, cancellationToken);
        return result.Succeeded;
    }

    private async Task<GraphActionResult> PrivateReplyAsync(CaseView view, CancellationToken cancellationToken)
    {
        var reply = notices.ComplaintsReply();
        if (ActOptionsValidator.QuotesComment(reply, view.Text))
        {
            return new GraphActionResult(GraphActionOutcome.NotPermitted, 0, "{\"refused\":\"the configured reply quotes the comment\"}");
        }
        return await graph.SendPrivateReplyAsync(view.SourceName, view.CommentId, reply, cancellationToken);
    }

    private async Task<bool> ClaimAsync(ActionRow action, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var now = time.GetUtcNow();
        var claimed = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE actions SET state = 'running', claimed_at = @now, attempts = attempts + 1
            WHERE id = @Id AND (state = 'pending' OR (state = 'running' AND claimed_at < @stale))
              AND NOT EXISTS (SELECT 1 FROM actions p WHERE p.case_id = @CaseId AND p.id < @Id AND p.kind <> 'hold'
                              AND p.state IN ('pending', 'running'))
            """, new { action.Id, action.CaseId, now = now.ToUnixTimeMilliseconds(), stale = (now - StaleClaim).ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
        return claimed == 1;
    }

    private async Task ReleaseAsync(ActionRow action, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE actions SET state = 'pending' WHERE id = @Id AND state = 'running'", new { action.Id }, cancellationToken: cancellationToken));
    }

    private async Task RecordAsync(ActionRow action, CaseView view, GraphActionResult result, CancellationToken cancellationToken)
    {
        var attempts = (int)action.Attempts + 1;
        var state = result.Outcome switch
        {
            GraphActionOutcome.Done => "done",
            GraphActionOutcome.AlreadyGone => "gone",
            GraphActionOutcome.NotPermitted => "not_permitted",
            _ when attempts >= _options.MaxAttempts => "failed",
            _ => "pending",
        };
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var response = result.Response.Length > 4000 ? result.Response[..4000] : result.Response;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE actions SET state = @state, http_status = @HttpStatus, response = @response,
                               completed_at = CASE WHEN @state = 'pending' THEN NULL ELSE @now END
            WHERE id = @Id
            """, new { action.Id, state, result.HttpStatus, response, now }, tx, cancellationToken: cancellationToken));
        if (result.Succeeded && action.Kind is "hide" or "hold" or "unhide")
        {
            await connection.ExecuteAsync(new CommandDefinition("UPDATE comments SET is_hidden = @hidden WHERE id = @CommentRow",
                new { view.CommentRow, hidden = action.Kind == "unhide" ? 0 : 1 }, tx, cancellationToken: cancellationToken));
        }
        await audit.AppendAsync(connection, tx, "monitor", "action." + action.Kind, action.CaseId, ModerationQueue.Detail(
            ("outcome", result.Outcome.ToString().ToLowerInvariant()), ("state", state),
            ("http_status", result.HttpStatus.ToString(CultureInfo.InvariantCulture)), ("graph_response", response)), cancellationToken);
        if (state != "pending" && action.Kind != "hold")
        {
            await CloseCaseIfFinishedAsync(connection, tx, view, now, cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
        logger.Acted(action.Id, action.Kind, action.CaseId, state, result.HttpStatus);
        if (state == "failed")
        {
            logger.GaveUp(action.Id, action.Kind, action.CaseId, attempts);
        }
    }

    private async Task CloseCaseIfFinishedAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, CaseView view, long now, CancellationToken cancellationToken)
    {
        // The hold (hide while waiting) is not part of the decision; the private reply is a courtesy whose failure is
        // reported to the Complaints Lead but does not make the removal fail.
        var states = (await connection.QueryAsync<(string Kind, string State)>(new CommandDefinition(
            "SELECT kind, state FROM actions WHERE case_id = @Id AND kind <> 'hold'", new { view.Id }, tx, cancellationToken: cancellationToken))).ToList();
        if (states.Any(s => s.State is "pending" or "running"))
        {
            return;
        }
        var ok = states.Where(s => s.Kind != "private_reply").All(s => s.State is "done" or "gone");
        var closed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE cases SET state = @state, updated_at = @now WHERE id = @Id AND state = 'decided'",
            new { view.Id, state = ok ? "done" : "failed", now }, tx, cancellationToken: cancellationToken));
        if (closed == 0)
        {
            return;
        }
        await audit.AppendAsync(connection, tx, "monitor", ok ? "case.done" : "case.failed", view.Id, ModerationQueue.Detail(), cancellationToken);
        if (ok && view.Decision is CaseDecision.Delete or CaseDecision.Hide or CaseDecision.DeleteWithGuidance)
        {
            await outbox.EnqueueAsync(connection, tx, notices.Reported(view), $"reported:{view.Id}", cancellationToken);
        }
        if (view.Decision == CaseDecision.DeleteWithGuidance)
        {
            var replied = states.Any(s => s.Kind == "private_reply" && s.State == "done");
            await outbox.EnqueueAsync(connection, tx, notices.ComplaintsLead(view, replied), $"complaints-lead:{view.Id}", cancellationToken);
        }
    }

    private sealed class ActionRow
    {
        public long Id { get; set; }
        public long CaseId { get; set; }
        public string Kind { get; set; } = "";
        public string State { get; set; } = "";
        public long Attempts { get; set; }
        public long? ClaimedAt { get; set; }
    }
}
