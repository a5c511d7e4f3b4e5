namespace Woodbrook.Monitor.Fetch;

/// <summary>Every log line of the fetch stage. Only ids, counts, codes and durations: never comment text, author names,
/// tokens, signatures or URLs (Graph's <c>next</c> URLs can carry a token).</summary>
internal static partial class FetchLog
{
    [LoggerMessage(1001, LogLevel.Information, "Fetched {Source} ({Platform}): {Added} new, {Edited} edited, {Unchanged} unchanged, {SkippedOwn} by the account itself, {Failed} failed, {PostsRead} of {PostsListed} posts read, in {ElapsedMs} ms")]
    public static partial void Fetched(this ILogger logger, string source, Platform platform, int added, int edited, int unchanged, int skippedOwn, int failed, int postsRead, int postsListed, double elapsedMs);

    [LoggerMessage(1002, LogLevel.Information, "Skipped fetching {Source}: {Reason}")]
    public static partial void FetchSkipped(this ILogger logger, string source, string reason);

    [LoggerMessage(1003, LogLevel.Error, "Fetching {Source} failed ({Failure}, HTTP {Status}, code {Code}/{Subcode}, trace {FbTraceId}); its checkpoint stays where it was")]
    public static partial void FetchFailed(this ILogger logger, string source, GraphFailure? failure, int status, int? code, int? subcode, string? fbTraceId, Exception exception);

    [LoggerMessage(1004, LogLevel.Warning, "Could not store item {ItemId} of {Source}; it will be read again next cycle")]
    public static partial void ItemFailed(this ILogger logger, string source, string? itemId, Exception exception);

    [LoggerMessage(1005, LogLevel.Error, "Graph sent a response that is not valid JSON for {What} (HTTP {Status})")]
    public static partial void MalformedResponse(this ILogger logger, string what, int status, Exception exception);

    [LoggerMessage(1006, LogLevel.Warning, "Reading comments of post {PostId} of {Source} failed ({Failure}, code {Code}/{Subcode}); it will be read again next cycle")]
    public static partial void PostReadFailed(this ILogger logger, string source, string postId, GraphFailure? failure, int? code, int? subcode);

    [LoggerMessage(1007, LogLevel.Debug, "Stored comment {CommentId} of {Source}: {Change}")]
    public static partial void CommentStored(this ILogger logger, string source, string commentId, string change);

    [LoggerMessage(1008, LogLevel.Error, "Fetching {Source} failed unexpectedly; its checkpoint stays where it was")]
    public static partial void FetchCrashed(this ILogger logger, string source, Exception exception);

    [LoggerMessage(1010, LogLevel.Warning, "Retrying a Graph call for {Source} (attempt {Attempt}) in {DelayMs} ms after HTTP {Status}")]
    public static partial void GraphRetry(this ILogger logger, string source, int attempt, double delayMs, int status, Exception? exception);

    [LoggerMessage(1011, LogLevel.Warning, "Circuit for {Source} opened for {BreakMs} ms after repeated transient Graph failures")]
    public static partial void CircuitOpened(this ILogger logger, string source, double breakMs);

    [LoggerMessage(1012, LogLevel.Information, "Circuit for {Source} closed")]
    public static partial void CircuitClosed(this ILogger logger, string source);

    [LoggerMessage(1013, LogLevel.Warning, "Graph call for {Source} failed: {Failure} (HTTP {Status}, code {Code}/{Subcode}, trace {FbTraceId})")]
    public static partial void GraphCallFailed(this ILogger logger, string source, GraphFailure failure, int status, int? code, int? subcode, string? fbTraceId);

    [LoggerMessage(1020, LogLevel.Warning, "Source {Source} paused until {PausedUntil:u}: {Reason} (usage {UsagePercent}%)")]
    public static partial void SourcePaused(this ILogger logger, string source, DateTimeOffset pausedUntil, string reason, int usagePercent);

    [LoggerMessage(1021, LogLevel.Information, "Source {Source} resumed after a pause")]
    public static partial void SourceResumed(this ILogger logger, string source);

    [LoggerMessage(1022, LogLevel.Error, "The access token of {Source} is invalid (code {Code}/{Subcode}); the source is stopped until the token is replaced")]
    public static partial void TokenInvalid(this ILogger logger, string source, int code, int? subcode);

    [LoggerMessage(1023, LogLevel.Information, "Source {Source} has a new access token; trying it")]
    public static partial void TokenReplaced(this ILogger logger, string source);

    [LoggerMessage(1030, LogLevel.Information, "{Action} of {CommentId} on {Source}: {Outcome} (HTTP {Status}, code {Code}/{Subcode}, trace {FbTraceId})")]
    public static partial void ActionCompleted(this ILogger logger, string action, string commentId, string source, GraphActionOutcome outcome, int status, int? code, int? subcode, string? fbTraceId);

    [LoggerMessage(1040, LogLevel.Information, "Token check for {Source}: valid {IsValid}, type {TokenType}, expires {ExpiresAt}, data access until {DataAccessExpiresAt}, {MissingCount} permission(s) missing")]
    public static partial void TokenChecked(this ILogger logger, string source, bool isValid, string? tokenType, string expiresAt, string dataAccessExpiresAt, int missingCount);

    [LoggerMessage(1041, LogLevel.Warning, "Token of {Source} needs attention: {Problem}")]
    public static partial void TokenProblem(this ILogger logger, string source, string problem);

    [LoggerMessage(1042, LogLevel.Error, "Token check for {Source} could not run")]
    public static partial void TokenCheckFailed(this ILogger logger, string source, Exception exception);

    [LoggerMessage(1050, LogLevel.Warning, "Refused a webhook delivery: {Reason}")]
    public static partial void WebhookRefused(this ILogger logger, string reason);

    [LoggerMessage(1051, LogLevel.Information, "Webhook delivery: {Events} event(s), {Duplicates} duplicate(s), {Stored} comment(s) stored")]
    public static partial void WebhookReceived(this ILogger logger, int events, int duplicates, int stored);

    [LoggerMessage(1052, LogLevel.Warning, "Could not process webhook event {EventKey}; polling will pick the comment up")]
    public static partial void WebhookEventFailed(this ILogger logger, string eventKey, Exception exception);

    [LoggerMessage(1053, LogLevel.Information, "Webhook verification handshake answered")]
    public static partial void WebhookVerified(this ILogger logger);
}
