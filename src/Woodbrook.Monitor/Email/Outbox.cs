using System.Data.Common;
using Dapper;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Email;

/// <summary>The email outbox table. Stages enqueue, inside their own transaction where they have one; the send job
/// delivers and retries until the server accepts. The dedupe key makes an enqueue idempotent: a crash between
/// deciding to send and recording that it was sent can neither lose nor duplicate a message.</summary>
public sealed class Outbox(Database database, TimeProvider time)
{
    /// <summary>Records an email to be sent. Returns false when an email with this key was already recorded.</summary>
    public async Task<bool> EnqueueAsync(OutgoingEmail email, string dedupeKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await EnqueueAsync(connection, null, email, dedupeKey, cancellationToken);
    }

    public async Task<bool> EnqueueAsync(DbConnection connection, DbTransaction? transaction, OutgoingEmail email, string dedupeKey, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var rows = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO outbox (dedupe_key, kind, case_id, recipient, subject, text_body, html_body, created_at, next_attempt_at, link)
            VALUES (@dedupeKey, @kind, @caseId, @recipient, @subject, @textBody, @htmlBody, @now, @now, @link)
            ON CONFLICT (dedupe_key) DO NOTHING
            """, new { dedupeKey, kind = email.Kind, caseId = email.CaseId, recipient = email.Recipient, subject = email.Subject, textBody = email.TextBody,
                htmlBody = email.HtmlBody, now, link = email.Link },
            transaction, cancellationToken: cancellationToken));
        return rows == 1;
    }
}
