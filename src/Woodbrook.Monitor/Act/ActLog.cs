namespace Woodbrook.Monitor.Act;

internal static partial class ActLog
{
    [LoggerMessage(5001, LogLevel.Information, "Action {ActionId} ({Kind}) on case {CaseId}: {Outcome} (HTTP {HttpStatus})")]
    public static partial void Acted(this ILogger logger, long actionId, string kind, long caseId, string outcome, int httpStatus);

    [LoggerMessage(5002, LogLevel.Error, "Action {ActionId} ({Kind}) on case {CaseId} failed; it will be tried again")]
    public static partial void ActionFailed(this ILogger logger, long actionId, string kind, long caseId, Exception exception);

    [LoggerMessage(5003, LogLevel.Warning, "Action {ActionId} ({Kind}) on case {CaseId} gave up after {Attempts} attempts")]
    public static partial void GaveUp(this ILogger logger, long actionId, string kind, long caseId, int attempts);

    [LoggerMessage(5004, LogLevel.Information, "Evidence for case {CaseId} saved before removal ({Sha256})")]
    public static partial void EvidenceSaved(this ILogger logger, long caseId, string sha256);

    [LoggerMessage(5005, LogLevel.Information, "Dry run: action {ActionId} ({Kind}) on case {CaseId} recorded but not sent")]
    public static partial void DryRun(this ILogger logger, long actionId, string kind, long caseId);
}
