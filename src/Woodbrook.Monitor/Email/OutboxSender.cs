using Dapper;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Email;

/// <summary>Delivers the outbox: each unsent message in order, marked sent once the server accepts it, otherwise
/// retried later with a growing delay. Nothing is dropped: a message stays until it is accepted.</summary>
public sealed class OutboxSender(Database database, IEmailSender sender, AuditLog audit, IOptions<EmailOptions> options, TimeProvider time, ILogger<OutboxSender> logger)
{
    private readonly EmailOptions _options = options.Value;

    /// <summary>Called with the link of each approval email as it is sent (the demo prints it).</summary>
    public Action<string>? OnApprovalLinkSent { get; set; }

    public async Task<(int Sent, int Failed)> RunAsync(CancellationToken cancellationToken)
    {
        List<OutboxRow> due;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            due = (await connection.QueryAsync<OutboxRow>(new CommandDefinition("""
                SELECT id AS Id, dedupe_key AS DedupeKey, kind AS Kind, case_id AS CaseId, recipient AS Recipient, subject AS Subject,
                       text_body AS TextBody, html_body AS HtmlBody, attempts AS Attempts, link AS Link
                FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= @now ORDER BY id LIMIT 100
                """, new { now = time.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken))).ToList();
        }
        int sent = 0, failed = 0;
        foreach (var row in due)
        {
            var email = new OutgoingEmail(row.Kind, row.Recipient, row.Subject, row.TextBody, row.HtmlBody, row.CaseId);
            try
            {
                await sender.SendAsync(email, MessageId(row), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
                var attempt = (int)row.Attempts + 1;
                var delay = RetryDelay(attempt);
                await MarkAsync("UPDATE outbox SET attempts = @attempt, next_attempt_at = @next, last_error = @error WHERE id = @Id",
                    new { row.Id, attempt, next = (time.GetUtcNow() + delay).ToUnixTimeMilliseconds(), error = ex.GetType().Name }, cancellationToken);
                logger.SendFailed(row.Id, row.Kind, attempt, ex.GetType().Name, ex is System.Net.Mail.SmtpException smtp ? (int)smtp.StatusCode : 0, delay.TotalSeconds);
                logger.SendFailedDetail(row.Id, ex);
                continue;
            }
            sent++;
            await using (var connection = await database.OpenAsync(cancellationToken))
            await using (var tx = await connection.BeginTransactionAsync(cancellationToken))
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE outbox SET sent_at = @now, attempts = attempts + 1, last_error = NULL WHERE id = @Id",
                    new { row.Id, now = time.GetUtcNow().ToUnixTimeMilliseconds() }, tx, cancellationToken: cancellationToken));
                await audit.AppendAsync(connection, tx, "monitor", "email.sent", row.CaseId,
                    ModerationQueue.Detail(("kind", row.Kind), ("outbox_id", ModerationQueue.Invariant(row.Id)), ("to", row.Recipient)), cancellationToken);
                await tx.CommitAsync(cancellationToken);
            }
            if (_options.UsesPickupFolder)
            {
                logger.WrittenToPickup(row.Id, row.Kind, _options.PickupFolder);
            }
            else
            {
                logger.Sent(row.Id, row.Kind);
            }
            if (row.Link is not null)
            {
                OnApprovalLinkSent?.Invoke(row.Link);
            }
        }
        if (due.Count > 0)
        {
            logger.OutboxRun(sent, failed);
        }
        return (sent, failed);
    }

    /// <summary>30 s, 1 min, 2 min … capped at 30 min: an SMTP outage of hours delays mail, it does not lose it.</summary>
    internal static TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Max(0, attempt - 1)), 1800));

    private static string MessageId(OutboxRow row) =>
        $"<{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(row.DedupeKey)))[..32]}@woodbrook-monitor>";

    private async Task MarkAsync(string sql, object args, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
    }

    private sealed class OutboxRow
    {
        public long Id { get; set; }
        public string DedupeKey { get; set; } = "";
        public string Kind { get; set; } = "";
        public long? CaseId { get; set; }
        public string Recipient { get; set; } = "";
        public string Subject { get; set; } = "";
        public string TextBody { get; set; } = "";
        public string? HtmlBody { get; set; }
        public long Attempts { get; set; }
        public string? Link { get; set; }
    }
}
