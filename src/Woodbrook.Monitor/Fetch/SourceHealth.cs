using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Report;

namespace Woodbrook.Monitor.Fetch;

/// <summary>The <c>sources</c> rows: checkpoints, pauses for rate limits, and dead tokens. A singleton: it also keeps in
/// memory which sources must not be called right now, so a pause or a dead token stops calls at once, mid-run.</summary>
internal sealed class SourceHealth(Database database, Outbox outbox, IOptions<ReportOptions> report, TimeProvider time, ILogger<SourceHealth> logger)
{
    private static readonly int[] EscalatingPauseMinutes = [5, 15, 60];

    private readonly ConcurrentDictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _deadTokens = new(StringComparer.Ordinal);
    private readonly string _practiceManager = report.Value.PracticeManager;

    /// <summary>A short, one-way fingerprint of a token, to tell a replaced token from the refused one. Never the token.</summary>
    public static string Fingerprint(string? token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")))[..16];

    public async Task<SourceState> EnsureAsync(string name, SourceOptions source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO sources (name, platform, account_id) VALUES (@name, @platform, @AccountId)
            ON CONFLICT (name) DO UPDATE SET platform = excluded.platform, account_id = excluded.account_id
            """, new { name, platform = FetchStore.PlatformName(source.Platform), source.AccountId }, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO fetch_source_state (source_name) VALUES (@name) ON CONFLICT (source_name) DO NOTHING",
            new { name }, cancellationToken: cancellationToken));
        return await GetAsync(name, cancellationToken) ?? throw new InvalidOperationException($"Source {name} vanished.");
    }

    public async Task<SourceState?> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SourceState>(new CommandDefinition("""
            SELECT s.name AS Name, s.platform AS Platform, s.account_id AS AccountId, s.checkpoint AS Checkpoint,
                   s.last_run_at AS LastRunAt, s.last_success_at AS LastSuccessAt, s.health AS Health, s.health_detail AS HealthDetail,
                   s.paused_until AS PausedUntil, f.token_fingerprint AS TokenFingerprint, COALESCE(f.pause_count, 0) AS PauseCount,
                   f.usage_percent AS UsagePercent
            FROM sources s LEFT JOIN fetch_source_state f ON f.source_name = s.name
            WHERE s.name = @name
            """, new { name }, cancellationToken: cancellationToken));
    }

    /// <summary>True when calls for this source must not be made now (paused for the rate limit).</summary>
    public bool IsPaused(string name, out DateTimeOffset until)
    {
        if (_pausedUntil.TryGetValue(name, out until) && until > time.GetUtcNow())
        {
            return true;
        }
        _pausedUntil.TryRemove(name, out _);
        return false;
    }

    /// <summary>True when this exact token was refused with 190: calling again only repeats the refusal.</summary>
    public bool IsTokenDead(string name, string fingerprint) => _deadTokens.TryGetValue(name, out var dead) && dead == fingerprint;

    /// <summary>Records a finished run. A successful run with usage back under the threshold ends a pause.</summary>
    public async Task SaveRunAsync(string name, string? checkpoint, bool succeeded, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE sources SET checkpoint = COALESCE(@checkpoint, checkpoint), last_run_at = @now,
                last_success_at = CASE WHEN @succeeded = 1 THEN @now ELSE last_success_at END
            WHERE name = @name
            """, new { name, checkpoint, now, succeeded = succeeded ? 1 : 0 }, cancellationToken: cancellationToken));
    }

    /// <summary>Marks a paused source as running again once its pause is over and a run went through.</summary>
    public async Task ResumeAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sources SET health = 'ok', health_detail = NULL, paused_until = NULL WHERE name = @name AND health = 'paused'",
            new { name }, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE fetch_source_state SET pause_count = 0 WHERE source_name = @name", new { name }, cancellationToken: cancellationToken));
        if (rows > 0)
        {
            logger.SourceResumed(name);
        }
    }

    public async Task RecordUsageAsync(string name, int usagePercent, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE fetch_source_state SET usage_percent = @usagePercent WHERE source_name = @name",
            new { name, usagePercent }, cancellationToken: cancellationToken));
    }

    /// <summary>Pauses a source until the API says access is back (<c>estimated_time_to_regain_access</c>), or for 5, 15,
    /// then 60 minutes when it does not say. Calls made while throttled still count against the limit.</summary>
    public async Task PauseAsync(string name, int minutesToRegainAccess, int usagePercent, string reason, CancellationToken cancellationToken)
    {
        var state = await GetAsync(name, cancellationToken);
        var now = time.GetUtcNow();
        if (state?.PausedUntil is { } current && current > now.ToUnixTimeMilliseconds())
        {
            _pausedUntil[name] = DateTimeOffset.FromUnixTimeMilliseconds(current);
            return;
        }
        var minutes = minutesToRegainAccess > 0
            ? minutesToRegainAccess
            : EscalatingPauseMinutes[Math.Min((int)(state?.PauseCount ?? 0), EscalatingPauseMinutes.Length - 1)];
        var until = now.AddMinutes(minutes);
        _pausedUntil[name] = until;
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE sources SET health = CASE WHEN health = 'unhealthy' THEN health ELSE 'paused' END,
                health_detail = CASE WHEN health = 'unhealthy' THEN health_detail ELSE @detail END, paused_until = @until
            WHERE name = @name
            """, new { name, until = until.ToUnixTimeMilliseconds(), detail = $"rate limit: {reason}, usage {usagePercent}%" },
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE fetch_source_state SET pause_count = pause_count + 1, usage_percent = @usagePercent WHERE source_name = @name",
            new { name, usagePercent }, cancellationToken: cancellationToken));
        logger.SourcePaused(name, until, reason, usagePercent);
    }

    /// <summary>Marks the source unhealthy after a 190 and emails the practice manager, once per refused token.</summary>
    public async Task MarkTokenInvalidAsync(string name, SourceOptions source, GraphError error, CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint(source.AccessToken);
        _deadTokens[name] = fingerprint;
        var detail = $"access token refused: code {error.Code}/{error.ErrorSubcode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} ({Meaning(error.ErrorSubcode)})";
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO sources (name, platform, account_id) VALUES (@name, @platform, @AccountId) ON CONFLICT (name) DO NOTHING
                """, new { name, platform = FetchStore.PlatformName(source.Platform), source.AccountId }, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE sources SET health = 'unhealthy', health_detail = @detail, paused_until = NULL WHERE name = @name",
                new { name, detail }, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO fetch_source_state (source_name, token_fingerprint) VALUES (@name, @fingerprint)
                ON CONFLICT (source_name) DO UPDATE SET token_fingerprint = excluded.token_fingerprint
                """, new { name, fingerprint }, cancellationToken: cancellationToken));
        }
        logger.TokenInvalid(name, error.Code, error.ErrorSubcode);
        var account = source.Platform == Platform.Facebook ? "Facebook Page" : "Instagram account";
        var body = $"""
            Woodbrook Monitor can no longer read or moderate comments on the {account} "{name}" (account id {source.AccountId}).
            Meta refused its access token: error {error.Code}/{error.ErrorSubcode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, {Meaning(error.ErrorSubcode)}.

            Until this is fixed, new comments on this account are NOT being checked, and approved hide or delete
            actions on it cannot be carried out.

            What to do:
            1. Ask a current Page admin (someone with the Moderate task on the Page) to sign in to Meta Business
               Suite / Meta for Developers and generate a new Page access token for the Woodbrook Monitor app.
            2. Give it to whoever looks after the server, to put in the environment variable
               WOODBROOK__Fetch__Sources__{name}__AccessToken (or the secrets file), and restart Woodbrook Monitor.
            3. Check it with: Woodbrook.Monitor check
            Monitoring of this account starts again by itself once the new token is in place.

            You get this email once for each token that stops working.
            """;
        await outbox.EnqueueAsync(
            new OutgoingEmail("token_alert", _practiceManager, $"Woodbrook Monitor: the {account} \"{name}\" needs a new access token", body, null),
            $"token-invalid:{name}:{fingerprint}", cancellationToken);
    }

    /// <summary>Clears the unhealthy mark once a different token is configured (the practice replaced it).</summary>
    public async Task<bool> ClearIfTokenReplacedAsync(SourceState state, SourceOptions source, CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint(source.AccessToken);
        if (state.Health != "unhealthy" || state.TokenFingerprint == fingerprint)
        {
            return false;
        }
        _deadTokens.TryRemove(state.Name, out _);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sources SET health = 'ok', health_detail = NULL WHERE name = @name AND health = 'unhealthy'",
            new { name = state.Name }, cancellationToken: cancellationToken));
        logger.TokenReplaced(state.Name);
        return true;
    }

    /// <summary>Sends a token warning (expiry, missing permission) to the practice manager at most once per key.</summary>
    public Task<bool> WarnAsync(string dedupeKey, string subject, string body, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new OutgoingEmail("token_warning", _practiceManager, subject, body, null), dedupeKey, cancellationToken);

    public async Task RecordTokenCheckAsync(string name, long? expiresAtMs, long? dataAccessExpiresAtMs, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO fetch_source_state (source_name, token_checked_at, token_expires_at, data_access_expires_at)
            VALUES (@name, @now, @expiresAtMs, @dataAccessExpiresAtMs)
            ON CONFLICT (source_name) DO UPDATE SET token_checked_at = excluded.token_checked_at,
                token_expires_at = excluded.token_expires_at, data_access_expires_at = excluded.data_access_expires_at
            """, new { name, now = time.GetUtcNow().ToUnixTimeMilliseconds(), expiresAtMs, dataAccessExpiresAtMs }, cancellationToken: cancellationToken));
    }

    public static string Meaning(int? subcode) => subcode switch
    {
        458 => "the app was removed from the account",
        459 => "the account is checkpointed and must log in to facebook.com",
        460 => "the password of the person behind the token was changed",
        463 => "the token has expired",
        464 => "the account behind the token is unconfirmed",
        467 => "the token was invalidated (logged out or revoked)",
        492 => "the person behind the token no longer has a suitable role on the Page",
        2069032 => "this call needs a Page access token",
        _ => "the access token is invalid or has expired",
    };
}
