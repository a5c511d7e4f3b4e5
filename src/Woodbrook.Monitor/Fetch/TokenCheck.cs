using System.Globalization;
using Microsoft.Extensions.Options;

namespace Woodbrook.Monitor.Fetch;

/// <summary>Inspects each source's token with <c>debug_token</c>: valid, the permissions each call needs, the right
/// Page or account, and expiry. Warns the practice manager 14 days before a token or its data access expires, again at
/// 3 days, then daily; each warning is sent once.</summary>
internal sealed class TokenCheck(GraphClient graph, SourceHealth health, IOptions<FetchOptions> options, TimeProvider time, ILogger<TokenCheck> logger)
{
    /// <summary>Permissions per platform: reading comments, hiding and deleting them (private replies are optional).</summary>
    internal static readonly IReadOnlyList<string> FacebookScopes = ["pages_show_list", "pages_read_engagement", "pages_read_user_content", "pages_manage_engagement"];

    internal static readonly IReadOnlyList<string> InstagramScopes = ["pages_show_list", "pages_read_engagement", "instagram_basic", "instagram_manage_comments"];

    private readonly FetchOptions _options = options.Value;

    public async Task<IReadOnlyList<TokenReport>> CheckAllAsync(CancellationToken cancellationToken)
    {
        var reports = new List<TokenReport>();
        foreach (var (name, source) in _options.Sources.Where(s => s.Value.Enabled))
        {
            try
            {
                reports.Add(await CheckAsync(name, source, cancellationToken));
            }
#pragma warning disable CA1031 // one source's failed check must not stop the others'
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.TokenCheckFailed(name, ex);
                reports.Add(new TokenReport(name, false, null, null, null, [], [$"the check could not run ({ex.GetType().Name})"]));
            }
        }
        return reports;
    }

    public async Task<TokenReport> CheckAsync(string name, SourceOptions source, CancellationToken cancellationToken)
    {
        var info = await graph.DebugTokenAsync(name, cancellationToken);
        var now = time.GetUtcNow();
        var problems = new List<string>();
        var scopes = info.Scopes ?? [];
        var expiresAt = info.ExpiresAt is > 0 ? DateTimeOffset.FromUnixTimeSeconds(info.ExpiresAt.Value) : (DateTimeOffset?)null;
        var dataAccess = info.DataAccessExpiresAt is > 0 ? DateTimeOffset.FromUnixTimeSeconds(info.DataAccessExpiresAt.Value) : (DateTimeOffset?)null;
        var fingerprint = SourceHealth.Fingerprint(source.AccessToken);
        if (!info.IsValid)
        {
            problems.Add($"the token is not valid ({info.Error?.Code}/{info.Error?.Subcode}: {SourceHealth.Meaning(info.Error?.Subcode)})");
            await health.MarkTokenInvalidAsync(name, source,
                new GraphError(info.Error?.Message, "OAuthException", info.Error?.Code ?? 190, info.Error?.Subcode, false, null, null, null), cancellationToken);
        }
        else
        {
            var required = source.Platform == Platform.Facebook ? FacebookScopes : InstagramScopes;
            foreach (var missing in required.Where(s => !scopes.Contains(s)))
            {
                problems.Add($"permission {missing} is missing");
            }
            foreach (var granular in info.GranularScopes ?? [])
            {
                if (granular.Scope is "pages_manage_engagement" or "instagram_manage_comments" && granular.TargetIds is { Count: > 0 } targets
                    && required.Contains(granular.Scope) && !targets.Contains(source.AccountId))
                {
                    problems.Add($"permission {granular.Scope} does not cover account {source.AccountId}");
                }
            }
            if (source.Platform == Platform.Facebook && info.ProfileId is { Length: > 0 } profile && profile != source.AccountId)
            {
                problems.Add($"the token belongs to Page {profile}, not {source.AccountId}");
            }
            if (!await graph.VerifyTokenAsync(name, cancellationToken))
            {
                problems.Add("reading the account with the token failed");
            }
            await WarnOfExpiryAsync(name, fingerprint, "access token", expiresAt, now, problems, cancellationToken);
            await WarnOfExpiryAsync(name, fingerprint, "data access", dataAccess, now, problems, cancellationToken);
        }
        await health.RecordTokenCheckAsync(name, expiresAt?.ToUnixTimeMilliseconds(), dataAccess?.ToUnixTimeMilliseconds(), cancellationToken);
        logger.TokenChecked(name, info.IsValid, info.Type, expiresAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never",
            dataAccess?.ToString("u", CultureInfo.InvariantCulture) ?? "n/a", problems.Count(p => p.StartsWith("permission", StringComparison.Ordinal)));
        var permissionProblems = problems.Where(p => !p.Contains("expires", StringComparison.Ordinal)).ToList();
        if (info.IsValid && permissionProblems.Count > 0)
        {
            foreach (var problem in permissionProblems)
            {
                logger.TokenProblem(name, problem);
            }
            await health.WarnAsync($"token-permissions:{name}:{fingerprint}:{string.Join('|', permissionProblems)}",
                $"Woodbrook Monitor: the access token for \"{name}\" lacks what it needs",
                $"""
                The daily check of the access token for "{name}" (account id {source.AccountId}) found:
                - {string.Join("\n- ", permissionProblems)}

                Woodbrook Monitor may not be able to read or moderate comments on this account. Ask a Page admin to generate a
                new Page access token for the Woodbrook Monitor app granting every permission listed in the README, then
                replace WOODBROOK__Fetch__Sources__{name}__AccessToken and restart the service.
                """, cancellationToken);
        }
        return new TokenReport(name, info.IsValid, info.Type, expiresAt, dataAccess, scopes, problems);
    }

    private async Task WarnOfExpiryAsync(string name, string fingerprint, string what, DateTimeOffset? at, DateTimeOffset now, List<string> problems, CancellationToken cancellationToken)
    {
        if (at is null)
        {
            return;
        }
        var left = at.Value - now;
        if (left > TimeSpan.FromDays(_options.TokenWarningDays))
        {
            return;
        }
        var days = Math.Max(0, (int)Math.Floor(left.TotalDays));
        var problem = left <= TimeSpan.Zero ? $"the {what} expired on {at:yyyy-MM-dd}" : $"the {what} expires on {at:yyyy-MM-dd} (in {days} days)";
        problems.Add(problem);
        logger.TokenProblem(name, problem);
        // One email at the warning threshold, one at 3 days, then one a day.
        var stage = left > TimeSpan.FromDays(3) ? "first" : left > TimeSpan.FromDays(1) ? "3d" : now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await health.WarnAsync($"token-expiry:{name}:{fingerprint}:{what}:{stage}",
            $"Woodbrook Monitor: the {what} for \"{name}\" expires soon",
            $"""
            {char.ToUpperInvariant(problem[0])}{problem[1..]} for "{name}" (account id {AccountOf(name)}).

            When it expires Woodbrook Monitor stops reading and moderating comments on this account. To renew it, a Page admin
            signs in to the Woodbrook Monitor app again (Meta for Developers or Business settings) and generates a new Page
            access token; then replace WOODBROOK__Fetch__Sources__{name}__AccessToken and restart the service.
            """, cancellationToken);
    }

    private string AccountOf(string name) => _options.Sources[name].AccountId;
}
