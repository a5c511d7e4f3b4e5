namespace Woodbrook.Monitor.Report;

internal static partial class ReportLog
{
    [LoggerMessage(6001, LogLevel.Information, "Digest for {LocalDate} queued: {NewComments} new comments, {Pending} pending cases")]
    public static partial void DigestQueued(this ILogger logger, string localDate, int newComments, int pending);

    [LoggerMessage(6002, LogLevel.Information, "Digest for {LocalDate} was already sent; not sending again")]
    public static partial void DigestAlreadySent(this ILogger logger, string localDate);
}
