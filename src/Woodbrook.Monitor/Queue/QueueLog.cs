namespace Woodbrook.Monitor.Queue;

internal static partial class QueueLog
{
    [LoggerMessage(3001, LogLevel.Information, "Screened {CommentCount} comments: {FlaggedCount} flagged, {CaseCount} new cases, {FailedCount} failed")]
    public static partial void Screened(this ILogger logger, int commentCount, int flaggedCount, int caseCount, int failedCount);

    [LoggerMessage(3002, LogLevel.Warning, "Screening comment row {CommentRow} failed; it stays unclassified and is tried again next run")]
    public static partial void ScreenFailed(this ILogger logger, long commentRow, Exception exception);

    [LoggerMessage(3003, LogLevel.Debug, "Opened case {CaseId} for comment row {CommentRow} with labels {Labels}")]
    public static partial void CaseOpened(this ILogger logger, long caseId, long commentRow, string labels);

    [LoggerMessage(3004, LogLevel.Information, "Store ready ({Dialect}): {Applied} schema scripts applied")]
    public static partial void StoreReady(this ILogger logger, string dialect, int applied);
}
