namespace Woodbrook.Monitor.Fetch;

/// <summary>What <c>debug_token</c> says about a token. Times are Unix seconds; <see cref="ExpiresAt"/> 0 = never.</summary>
internal sealed record DebugTokenInfo(
    string? AppId,
    string? Type,
    string? Application,
    long? DataAccessExpiresAt,
    long? ExpiresAt,
    bool IsValid,
    long? IssuedAt,
    string? ProfileId,
    IReadOnlyList<string>? Scopes,
    IReadOnlyList<DebugTokenScope>? GranularScopes,
    string? UserId,
    DebugTokenError? Error);
