namespace Woodbrook.Monitor.Fetch;

/// <summary>What the token check found for one source. Never holds the token.</summary>
internal sealed record TokenReport(
    string Source,
    bool IsValid,
    string? TokenType,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? DataAccessExpiresAt,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> Problems);
