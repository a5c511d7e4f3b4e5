namespace Woodbrook.Monitor.Email;

internal static partial class EmailLog
{
    [LoggerMessage(7001, LogLevel.Information, "Outbox: {SentCount} sent, {FailedCount} failed and kept for retry")]
    public static partial void OutboxRun(this ILogger logger, int sentCount, int failedCount);

    [LoggerMessage(7002, LogLevel.Warning, "Email {OutboxId} ({Kind}) not accepted on attempt {Attempt}; next try in {DelaySeconds} s")]
    public static partial void SendFailed(this ILogger logger, long outboxId, string kind, int attempt, double delaySeconds, Exception exception);

    [LoggerMessage(7003, LogLevel.Information, "Email {OutboxId} ({Kind}) written to the pickup folder {Folder}")]
    public static partial void WrittenToPickup(this ILogger logger, long outboxId, string kind, string folder);

    [LoggerMessage(7004, LogLevel.Debug, "Email {OutboxId} ({Kind}) accepted by the SMTP server")]
    public static partial void Sent(this ILogger logger, long outboxId, string kind);
}
