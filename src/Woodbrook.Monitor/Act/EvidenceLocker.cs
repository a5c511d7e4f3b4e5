using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Act;

/// <summary>Keeps the evidence record of a case before anything is removed (BMA advice): the comment as the API
/// returned it, author as exposed, permalink, post context, timestamps, labels and rules, with a SHA-256 of the record.</summary>
public sealed class EvidenceLocker(Database database, AuditLog audit, TimeProvider time)
{
    /// <summary>Saves the record once per case; returns its hash (the existing one if it was already saved).</summary>
    public async Task<string> SaveAsync(CaseView view, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var existing = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT sha256 FROM evidence WHERE case_id = @Id ORDER BY id LIMIT 1", new { view.Id }, tx, cancellationToken: cancellationToken));
        if (existing is not null)
        {
            return existing;
        }
        var record = BuildRecord(view, time.GetUtcNow());
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(record)));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO evidence (case_id, record_json, sha256, created_at) VALUES (@Id, @record, @sha, @now)",
            new { view.Id, record, sha, now = time.GetUtcNow().ToUnixTimeMilliseconds() }, tx, cancellationToken: cancellationToken));
        await audit.AppendAsync(connection, tx, "monitor", "evidence.saved", view.Id, ModerationQueue.Detail(("sha256", sha)), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return sha;
    }

    public static async Task<(string RecordJson, string Sha256)?> ReadAsync(DbConnection connection, long caseId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(string, string)?>(new CommandDefinition(
            "SELECT record_json, sha256 FROM evidence WHERE case_id = @caseId ORDER BY id LIMIT 1", new { caseId }, cancellationToken: cancellationToken));
        return row;
    }

    internal static string BuildRecord(CaseView view, DateTimeOffset savedAt)
    {
        JsonNode? raw;
        try
        {
            raw = JsonNode.Parse(view.RawJson);
        }
        catch (JsonException)
        {
            raw = JsonValue.Create(view.RawJson);
        }
        var evidence = new JsonArray(view.Evidence.Select(e => (JsonNode)new JsonObject
        {
            ["label"] = Classify.CommentLabels.ToWire(e.Label),
            ["rule"] = e.Rule,
            ["text"] = e.Text,
            ["start"] = e.Start,
            ["length"] = e.Length,
        }).ToArray());
        var record = new JsonObject
        {
            ["case_id"] = view.Id,
            ["saved_at"] = savedAt.ToString("O"),
            ["platform"] = ModerationQueue.Wire(view.Platform),
            ["source"] = view.SourceName,
            ["comment_id"] = view.CommentId,
            ["post_id"] = view.PostId,
            ["post_text"] = view.PostText,
            ["permalink"] = view.Permalink,
            ["author"] = new JsonObject { ["id"] = view.AuthorId, ["name"] = view.AuthorName },
            ["comment_created_at"] = view.CommentCreated.ToString("O"),
            ["flagged_at"] = view.CreatedAt.ToString("O"),
            ["text"] = view.Text,
            ["labels"] = new JsonArray(view.Labels.Select(l => (JsonNode)JsonValue.Create(Classify.CommentLabels.ToWire(l))!).ToArray()),
            ["evidence"] = evidence,
            ["decision"] = view.Decision is null ? null : ModerationQueue.Wire(view.Decision.Value),
            ["decided_by"] = view.DecidedBy,
            ["decided_at"] = view.DecidedAt?.ToString("O"),
            ["as_returned_by_api"] = raw,
        };
        return record.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
