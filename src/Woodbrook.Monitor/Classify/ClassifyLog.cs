namespace Woodbrook.Monitor.Classify;

/// <summary>Log messages of the classify stage (EventIds 2xxx). Never comment text: only counts, kinds and reasons.</summary>
internal static partial class ClassifyLog
{
    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "Azure AI Language failed ({Reason}) for {Documents} comment(s); the local verdict stands")]
    public static partial void AzureFailed(ILogger logger, string reason, int documents, Exception? exception);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information, Message = "Azure AI Language throttled the request; retrying after {Delay}")]
    public static partial void AzureThrottled(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "Azure AI Language timed out after {Timeout} for {Documents} comment(s); the local verdict stands")]
    public static partial void AzureTimedOut(ILogger logger, TimeSpan timeout, int documents);
}
