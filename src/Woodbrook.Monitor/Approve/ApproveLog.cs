namespace Woodbrook.Monitor.Approve;

internal static partial class ApproveLog
{
    [LoggerMessage(4001, LogLevel.Information, "Approval requested for {CaseCount} cases ({EmailCount} emails queued)")]
    public static partial void Requested(this ILogger logger, int caseCount, int emailCount);

    [LoggerMessage(4002, LogLevel.Warning, "Approval link refused: {Status}")]
    public static partial void LinkRefused(this ILogger logger, LinkStatus status);

    [LoggerMessage(4003, LogLevel.Information, "Case {CaseId} decided: {Decision}")]
    public static partial void Decided(this ILogger logger, long caseId, string decision);

    [LoggerMessage(4004, LogLevel.Information, "Case {CaseId} was already decided; a later decision was not applied")]
    public static partial void AlreadyDecided(this ILogger logger, long caseId);

    [LoggerMessage(4006, LogLevel.Warning, "Case {CaseId}: decision {Decision} refused, the platform does not allow it on this comment")]
    public static partial void DecisionNotAllowed(this ILogger logger, long caseId, string decision);

    [LoggerMessage(4005, LogLevel.Warning, "Approval endpoint: too many failed attempts from one address; refusing for now")]
    public static partial void RateLimited(this ILogger logger);
}
