namespace Woodbrook.Monitor.Email;

internal static partial class EmailLog
{
    [LoggerMessage(7001, LogLevel.Information, "Outbox: {SentCount} sent, {FailedCount} failed and kept for retry")]
    public static partial void OutboxRun(this ILogger logger, int sentCount, int failedCount);

    // The server's words can carry a recipient's address, so Warning gives the status only; the exception is at Debug.
    [LoggerMessage(7002, LogLevel.Warning, "Email {OutboxId} ({Kind}) not accepted on attempt {Attempt} ({Failure}, SMTP status {SmtpStatus}); next try in {DelaySeconds} s")]
    public static partial void SendFailed(this ILogger logger, long outboxId, string kind, int attempt, string failure, int smtpStatus, double delaySeconds);

    [LoggerMessage(7005, LogLevel.Debug, "Email {OutboxId}: the SMTP failure in full")]
    public static partial void SendFailedDetail(this ILogger logger, long outboxId, Exception exception);

    [LoggerMessage(7003, LogLevel.Information, "Email {OutboxId} ({Kind}) written to the pickup folder {Folder}")]
    public static partial void WrittenToPickup(this ILogger logger, long outboxId, string kind, string folder);

    [LoggerMessage(7004, LogLevel.Debug, "Email {OutboxId} ({Kind}) accepted by the SMTP server")]
    public static partial void Sent(this ILogger logger, long outboxId, string kind);
}
