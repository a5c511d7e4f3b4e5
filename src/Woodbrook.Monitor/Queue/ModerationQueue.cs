using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Woodbrook.Monitor.Classify;
using Woodbrook.Monitor.Fetch;

namespace Woodbrook.Monitor.Queue;

/// <summary>Cases: reading them with their comment, and recording a decision exactly once.</summary>
public sealed class ModerationQueue(Database database, AuditLog audit, TimeProvider time)
{
    private const string CaseSelect = """
        SELECT c.id AS Id, c.state AS State, c.labels AS Labels, v.evidence_json AS EvidenceJson, c.created_at AS CreatedAt,
               c.decision AS Decision, c.decided_by AS DecidedBy, c.decided_at AS DecidedAt, c.reason AS Reason,
               m.id AS CommentRow, m.source_name AS SourceName, m.platform AS Platform, m.comment_id AS CommentId, m.post_id AS PostId,
               m.post_text AS PostText, m.text AS Text, m.author_id AS AuthorId, m.author_name AS AuthorName, m.permalink AS Permalink,
               m.created_time AS CommentCreated, m.is_hidden AS IsHidden, m.can_hide AS CanHide, m.can_remove AS CanRemove, m.raw_json AS RawJson,
               c.meta_report_ref AS MetaReportRef
        FROM cases c
        JOIN comments m ON m.id = c.comment_row
        JOIN verdicts v ON v.id = c.verdict_id
        """;

    public async Task<CaseView?> GetCaseAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await GetCaseAsync(connection, null, caseId, cancellationToken);
    }

    public static async Task<CaseView?> GetCaseAsync(DbConnection connection, DbTransaction? transaction, long caseId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(
            CaseSelect + " WHERE c.id = @caseId", new { caseId }, transaction, cancellationToken: cancellationToken));
        return row?.ToView();
    }

    public async Task<IReadOnlyList<CaseView>> ListAsync(CaseState state, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CaseRow>(new CommandDefinition(
            CaseSelect + " WHERE c.state = @state ORDER BY c.id", new { state = Wire(state) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToView()).ToList();
    }

    /// <summary>Records a decision if the case is still open. The first decision wins: a second one (a double click,
    /// another approver) gets <see cref="DecideOutcome.AlreadyDecided"/> with the case as it stands. A decision the
    /// platform would refuse (<see cref="CaseView.Allows"/>) gets <see cref="DecideOutcome.NotAllowed"/> and changes nothing.</summary>
    public async Task<DecideResult> DecideAsync(long caseId, CaseDecision decision, string decidedBy, string? reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        if (await GetCaseAsync(connection, tx, caseId, cancellationToken) is { } before && !before.Allows(decision))
        {
            await tx.RollbackAsync(cancellationToken);
            return new DecideResult(DecideOutcome.NotAllowed, before);
        }
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var newState = decision switch
        {
            CaseDecision.Keep => CaseState.Kept,
            CaseDecision.Escalate => CaseState.Escalated,
            _ => CaseState.Decided,
        };
        // Escalated cases stay open for the person they were escalated to; everything else closes the case.
        var updated = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE cases SET state = @newState, decision = @decision, decided_by = @decidedBy, decided_at = @now, reason = @reason,
                             updated_at = @now, escalated_at = CASE WHEN @newState = 'escalated' THEN @now ELSE escalated_at END
            WHERE id = @caseId AND (state = 'pending' OR (state = 'escalated' AND @newState <> 'escalated'))
            """, new { caseId, newState = Wire(newState), decision = Wire(decision), decidedBy, now, reason }, tx, cancellationToken: cancellationToken));
        if (updated == 0)
        {
            await tx.RollbackAsync(cancellationToken);
            var current = await GetCaseAsync(connection, null, caseId, cancellationToken);
            return new DecideResult(current is null ? DecideOutcome.NotFound : DecideOutcome.AlreadyDecided, current);
        }
        var held = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM actions WHERE case_id = @caseId AND kind = 'hold'", new { caseId }, tx, cancellationToken: cancellationToken)) > 0;
        // The private reply goes first: once the comment is deleted there is nothing to reply to.
        var kinds = decision switch
        {
            CaseDecision.Delete => new[] { "delete" },
            CaseDecision.DeleteWithGuidance => ["private_reply", "delete"],
            CaseDecision.Hide => ["hide"],
            CaseDecision.Keep when held => ["unhide"],
            _ => [],
        };
        foreach (var kind in kinds)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO actions (case_id, kind, state, created_at) VALUES (@caseId, @kind, 'pending', @now)
                ON CONFLICT (case_id, kind) DO NOTHING
                """, new { caseId, kind, now }, tx, cancellationToken: cancellationToken));
        }
        if (decision == CaseDecision.Keep)
        {
            var labels = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
                "SELECT labels FROM cases WHERE id = @caseId", new { caseId }, tx, cancellationToken: cancellationToken)) ?? "";
            foreach (var label in ParseLabels(labels))
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO overturns (case_id, label, at) VALUES (@caseId, @label, @now) ON CONFLICT (case_id, label) DO NOTHING",
                    new { caseId, label = label.ToWire(), now }, tx, cancellationToken: cancellationToken));
            }
        }
        await audit.AppendAsync(connection, tx, decidedBy, "case.decided", caseId,
            Detail(("decision", Wire(decision)), ("reason_given", reason is null ? "no" : "yes")), cancellationToken);
        var view = await GetCaseAsync(connection, tx, caseId, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new DecideResult(DecideOutcome.Decided, view);
    }

    public static string Wire(CaseState state) => state.ToString().ToLowerInvariant();

    public static string Wire(CaseDecision decision) => decision == CaseDecision.DeleteWithGuidance ? "delete_with_guidance" : decision.ToString().ToLowerInvariant();

    public static bool TryParseDecision(string? wire, out CaseDecision decision)
    {
        foreach (var candidate in Enum.GetValues<CaseDecision>())
        {
            if (string.Equals(Wire(candidate), wire, StringComparison.OrdinalIgnoreCase))
            {
                decision = candidate;
                return true;
            }
        }
        decision = default;
        return false;
    }

    /// <summary>Whether the comment was hidden (or is being hidden) while the case waits.</summary>
    public async Task<bool> IsHeldAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await IsHeldAsync(connection, null, caseId, cancellationToken);
    }

    /// <summary>As <see cref="IsHeldAsync(long, CancellationToken)"/>, on an open connection.</summary>
    public static async Task<bool> IsHeldAsync(DbConnection connection, DbTransaction? tx, long caseId, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM actions WHERE case_id = @caseId AND kind = 'hold' AND state IN ('pending', 'running', 'done')",
            new { caseId }, tx, cancellationToken: cancellationToken)) > 0;

    /// <summary>Records the reference Meta gave when the comment was reported through Meta's own report flow
    /// (there is no API for reporting). Allowed before or after the decision.</summary>
    public async Task<bool> RecordMetaReportAsync(long caseId, string reference, string by, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE cases SET meta_report_ref = @reference, updated_at = @now WHERE id = @caseId",
            new { caseId, reference, now = time.GetUtcNow().ToUnixTimeMilliseconds() }, tx, cancellationToken: cancellationToken));
        if (updated == 0)
        {
            return false;
        }
        await audit.AppendAsync(connection, tx, by, "case.meta_report_recorded", caseId, Detail(("reference", reference)), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Other cases from the same author on the same platform within the window before and after this one.
    /// Empty when the API exposed no author.</summary>
    public async Task<IReadOnlyList<LinkedCase>> LinkedCasesAsync(CaseView view, TimeSpan window, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(view.AuthorId))
        {
            return [];
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, long CreatedAt, string Labels, string State)>(new CommandDefinition("""
            SELECT c.id, c.created_at, c.labels, c.state
            FROM cases c JOIN comments m ON m.id = c.comment_row
            WHERE m.platform = @platform AND m.author_id = @AuthorId AND c.id <> @Id
              AND c.created_at BETWEEN @from AND @to
            ORDER BY c.id
            """, new
            {
                platform = Wire(view.Platform), view.AuthorId, view.Id,
                from = (view.CreatedAt - window).ToUnixTimeMilliseconds(), to = (view.CreatedAt + window).ToUnixTimeMilliseconds(),
            }, cancellationToken: cancellationToken));
        return rows.Select(r => new LinkedCase(r.Id, DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAt), ParseLabels(r.Labels),
            Enum.Parse<CaseState>(r.State, ignoreCase: true))).ToList();
    }

    /// <summary>A small JSON object for audit details: ids and outcomes only.</summary>
    public static string Detail(params (string Key, string? Value)[] pairs) =>
        JsonSerializer.Serialize(pairs.ToDictionary(p => p.Key, p => p.Value), QueueJsonContext.Default.DictionaryStringString);

    public static string SerializeEvidence(IReadOnlyList<Evidence> evidence) =>
        JsonSerializer.Serialize(evidence.ToList(), QueueJsonContext.Default.ListEvidence);

    public static IReadOnlyList<Evidence> DeserializeEvidence(string json) =>
        JsonSerializer.Deserialize(json, QueueJsonContext.Default.ListEvidence) ?? [];

    public static string SerializeLabels(IEnumerable<CommentLabel> labels) => string.Join(' ', labels.Order().Select(l => l.ToWire()));

    public static IReadOnlyList<CommentLabel> ParseLabels(string labels) =>
        labels.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => CommentLabels.TryParse(w, out var l) ? l : null)
            .OfType<CommentLabel>().ToList();

    private sealed class CaseRow
    {
        public long Id { get; set; }
        public string State { get; set; } = "";
        public string Labels { get; set; } = "";
        public string EvidenceJson { get; set; } = "[]";
        public long CreatedAt { get; set; }
        public string? Decision { get; set; }
        public string? DecidedBy { get; set; }
        public long? DecidedAt { get; set; }
        public string? Reason { get; set; }
        public long CommentRow { get; set; }
        public string SourceName { get; set; } = "";
        public string Platform { get; set; } = "";
        public string CommentId { get; set; } = "";
        public string PostId { get; set; } = "";
        public string? PostText { get; set; }
        public string Text { get; set; } = "";
        public string? AuthorId { get; set; }
        public string? AuthorName { get; set; }
        public string? Permalink { get; set; }
        public long CommentCreated { get; set; }
        public long IsHidden { get; set; }
        public long? CanHide { get; set; }
        public long? CanRemove { get; set; }
        public string RawJson { get; set; } = "";
        public string? MetaReportRef { get; set; }

        public CaseView ToView() => new(
            Id, Enum.Parse<CaseState>(State, ignoreCase: true), ParseLabels(Labels), DeserializeEvidence(EvidenceJson),
            DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt),
            Decision is not null && TryParseDecision(Decision, out var decided) ? decided : null, DecidedBy,
            DecidedAt is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(DecidedAt.Value), Reason,
            CommentRow, SourceName, ParsePlatform(Platform), CommentId, PostId, PostText, Text, AuthorId, AuthorName, Permalink,
            DateTimeOffset.FromUnixTimeMilliseconds(CommentCreated), IsHidden != 0, CanHide is null ? null : CanHide != 0,
            CanRemove is null ? null : CanRemove != 0, RawJson, MetaReportRef);
    }

    public static Platform ParsePlatform(string value) =>
        string.Equals(value, "instagram", StringComparison.OrdinalIgnoreCase) ? Fetch.Platform.Instagram : Fetch.Platform.Facebook;

    public static string Wire(Platform platform) => platform == Fetch.Platform.Instagram ? "instagram" : "facebook";

    internal static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
