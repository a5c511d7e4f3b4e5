using Dapper;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Queue;

/// <summary>The classify → queue hand-off: takes comments whose current text has not been classified yet (new ones,
/// and edited ones, whose text hash changed), records a verdict, and opens a case for each flagged one.
/// Nothing is removed here: a case waits for a person.</summary>
public sealed class CommentScreening(
    Database database, ICommentClassifier classifier, AuditLog audit, IOptions<QueueOptions> options, TimeProvider time, ILogger<CommentScreening> logger)
{
    private readonly int _batchSize = options.Value.ScreenBatchSize;
    private readonly HashSet<string> _hideWhileWaiting = options.Value.HideWhileWaiting.ToHashSet(StringComparer.Ordinal);

    public async Task<ScreeningResult> RunAsync(CancellationToken cancellationToken)
    {
        List<PendingComment> pending;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            pending = (await connection.QueryAsync<PendingComment>(new CommandDefinition("""
                SELECT id AS Row, text AS Text, post_text AS PostText, platform AS Platform, text_hash AS TextHash, can_hide AS CanHide
                FROM comments
                WHERE classified_hash IS NULL OR classified_hash <> text_hash
                ORDER BY id
                LIMIT @limit
                """, new { limit = _batchSize }, cancellationToken: cancellationToken))).ToList();
        }
        int flagged = 0, opened = 0, failed = 0;
        foreach (var comment in pending)
        {
            try
            {
                var verdict = await classifier.ClassifyAsync(
                    new CommentToClassify(comment.Text, comment.PostText, ModerationQueue.ParsePlatform(comment.Platform)), cancellationToken);
                if (verdict.IsFlagged)
                {
                    flagged++;
                }
                if (await RecordAsync(comment, verdict, cancellationToken))
                {
                    opened++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
                logger.ScreenFailed(comment.Row, ex);
            }
        }
        if (pending.Count > 0)
        {
            logger.Screened(pending.Count, flagged, opened, failed);
        }
        return new ScreeningResult(pending.Count, flagged, opened, failed);
    }

    /// <summary>Verdict, classified mark and case land in one transaction: a crash leaves the comment unclassified,
    /// never classified without its case.</summary>
    private async Task<bool> RecordAsync(PendingComment comment, Classification verdict, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var labels = ModerationQueue.SerializeLabels(verdict.Labels);
        var verdictId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO verdicts (comment_row, text_hash, classifier, labels, evidence_json, overruled, created_at)
            VALUES (@Row, @TextHash, @classifier, @labels, @evidence, @overruled, @now)
            ON CONFLICT (comment_row, text_hash) DO NOTHING
            RETURNING id
            """, new
            {
                comment.Row, comment.TextHash, classifier = classifier.Name, labels, evidence = ModerationQueue.SerializeEvidence(verdict.Evidence),
                overruled = ModerationQueue.SerializeLabels(verdict.Overruled), now,
            },
            tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE comments SET classified_hash = @TextHash WHERE id = @Row AND text_hash = @TextHash",
            new { comment.Row, comment.TextHash }, tx, cancellationToken: cancellationToken));
        long? caseId = null;
        if (verdict.IsFlagged && verdictId is not null)
        {
            caseId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                INSERT INTO cases (comment_row, verdict_id, state, labels, created_at, updated_at)
                VALUES (@Row, @verdictId, 'pending', @labels, @now, @now)
                ON CONFLICT (verdict_id) DO NOTHING
                RETURNING id
                """, new { comment.Row, verdictId, labels, now }, tx, cancellationToken: cancellationToken));
            if (caseId is not null)
            {
                await audit.AppendAsync(connection, tx, "monitor", "case.opened", caseId,
                    ModerationQueue.Detail(("labels", labels), ("classifier", classifier.Name), ("comment_row", ModerationQueue.Invariant(comment.Row))),
                    cancellationToken);
                logger.CaseOpened(caseId.Value, comment.Row, labels);
                if (comment.CanHide != 0 && verdict.Labels.Any(l => _hideWhileWaiting.Contains(l.ToWire())))
                {
                    // Harm is immediate for these labels: hide now (reversible), decide later; not where the platform
                    // refuses hiding (visitor posts, mentions on other accounts' media).
                    await connection.ExecuteAsync(new CommandDefinition("""
                        INSERT INTO actions (case_id, kind, state, created_at) VALUES (@caseId, 'hold', 'pending', @now)
                        ON CONFLICT (case_id, kind) DO NOTHING
                        """, new { caseId, now }, tx, cancellationToken: cancellationToken));
                }
            }
        }
        await tx.CommitAsync(cancellationToken);
        return caseId is not null;
    }

    private sealed class PendingComment
    {
        public long Row { get; set; }
        public string Text { get; set; } = "";
        public string? PostText { get; set; }
        public string Platform { get; set; } = "";
        public string TextHash { get; set; } = "";

        public long? CanHide { get; set; }
    }
}
