namespace Woodbrook.Monitor.Host;

internal static partial class HostLog
{
    [LoggerMessage(9001, LogLevel.Information, "Woodbrook Monitor started: {SourceCount} sources, data in {DataDirectory}, approval pages on {Urls}")]
    public static partial void Started(this ILogger logger, int sourceCount, string dataDirectory, string urls);

    [LoggerMessage(9002, LogLevel.Warning, "No Facebook Page or Instagram account is configured (Fetch:Sources): nothing will be fetched")]
    public static partial void NoSources(this ILogger logger);
}
