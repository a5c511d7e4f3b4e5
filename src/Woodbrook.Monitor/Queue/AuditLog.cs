using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Woodbrook.Monitor.Queue;

/// <summary>The append-only audit trail. Each entry's hash covers its content and the previous entry's hash, so
/// editing or removing an entry breaks the chain from there on; <see cref="VerifyAsync"/> finds the first break.
/// Removing the newest entries leaves a shorter chain that is still whole, so the daily digest prints the newest
/// entry's number and fingerprint (an anchor kept outside the database, in the practice manager's mailbox) and checks
/// the previous digest's anchor is still there. Details carry ids, labels and outcomes, never comment text.</summary>
public sealed class AuditLog(Database database, TimeProvider time)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Every column of an entry, named for <see cref="AuditRow"/>; callers add the filter and the order.</summary>
    private const string SelectEntries = "SELECT seq, at, actor, event, case_id AS CaseId, detail, prev_hash AS PrevHash, hash FROM audit_log";

    /// <summary>Appends inside the caller's transaction, so the entry lands with the change it describes.</summary>
    public async Task AppendAsync(DbConnection connection, DbTransaction transaction, string actor, string eventName, long? caseId, string detail, CancellationToken cancellationToken)
    {
        var prev = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1", transaction: transaction, cancellationToken: cancellationToken)) ?? Genesis;
        var at = time.GetUtcNow().ToUnixTimeMilliseconds();
        var hash = Hash(prev, at, actor, eventName, caseId, detail);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO audit_log (at, actor, event, case_id, detail, prev_hash, hash)
            VALUES (@at, @actor, @eventName, @caseId, @detail, @prev, @hash)
            """, new { at, actor, eventName, caseId, detail, prev, hash }, transaction, cancellationToken: cancellationToken));
    }

    public async Task AppendAsync(string actor, string eventName, long? caseId, string detail, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await AppendAsync(connection, tx, actor, eventName, caseId, detail, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(long? caseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            caseId is null ? $"{SelectEntries} ORDER BY seq" : $"{SelectEntries} WHERE case_id = @caseId ORDER BY seq",
            new { caseId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEntry()).ToList();
    }

    /// <summary>Walks the chain. Returns null when it is intact, otherwise what is wrong with the first bad entry.</summary>
    public async Task<AuditBreak?> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await CheckAsync(connection, null, cancellationToken)).Break;
    }

    /// <summary>Walks the chain inside the caller's transaction: how many entries, the newest one, and the first break.</summary>
    public static async Task<AuditCheck> CheckAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var prev = Genesis;
        long? previousSeq = null;
        var count = 0;
        AuditBreak? broken = null;
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            $"{SelectEntries} ORDER BY seq", transaction: transaction, cancellationToken: cancellationToken));
        foreach (var entry in rows.Select(r => r.ToEntry()))
        {
            count++;
            if (broken is null && !string.Equals(entry.PrevHash, prev, StringComparison.Ordinal))
            {
                var missing = previousSeq is null ? "before it" : $"after entry {previousSeq}";
                broken = new AuditBreak(entry.Seq, $"entry {entry.Seq} does not follow the entry before it: an entry {missing} was removed or edited");
            }
            var expected = Hash(entry.PrevHash, entry.At.ToUnixTimeMilliseconds(), entry.Actor, entry.Event, entry.CaseId, entry.Detail);
            if (broken is null && !string.Equals(entry.Hash, expected, StringComparison.Ordinal))
            {
                broken = new AuditBreak(entry.Seq, $"entry {entry.Seq} was edited: its content no longer matches its hash");
            }
            prev = entry.Hash;
            previousSeq = entry.Seq;
        }
        return new AuditCheck(count, previousSeq, prev, broken);
    }

    /// <summary>Whether entry <paramref name="seq"/> is still there with a hash that starts with <paramref name="fingerprint"/>
    /// (an anchor printed by an earlier digest); null when it is, otherwise what is wrong.</summary>
    public static async Task<string?> CheckAnchorAsync(DbConnection connection, DbTransaction? transaction, long seq, string fingerprint, CancellationToken cancellationToken)
    {
        var hash = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT hash FROM audit_log WHERE seq = @seq", new { seq }, transaction, cancellationToken: cancellationToken));
        if (hash is null)
        {
            return $"entry {seq} is no longer in the audit trail: entries were removed";
        }
        return hash.StartsWith(fingerprint, StringComparison.OrdinalIgnoreCase) ? null : $"entry {seq} no longer has fingerprint {fingerprint}: the trail was rewritten";
    }

    internal static string Hash(string prev, long at, string actor, string eventName, long? caseId, string detail)
    {
        var text = string.Join('\u001f', prev, at.ToString(CultureInfo.InvariantCulture), actor, eventName,
            caseId?.ToString(CultureInfo.InvariantCulture) ?? "", detail);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private sealed record AuditRow(long Seq, long At, string Actor, string Event, long? CaseId, string Detail, string PrevHash, string Hash)
    {
        public AuditEntry ToEntry() => new(Seq, DateTimeOffset.FromUnixTimeMilliseconds(At), Actor, Event, CaseId, Detail, PrevHash, Hash);
    }
}
