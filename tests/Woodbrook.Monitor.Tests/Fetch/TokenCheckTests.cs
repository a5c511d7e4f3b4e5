using Woodbrook.Monitor.Fetch;
using Woodbrook.Monitor.GraphSandbox;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Fetch;

public sealed class TokenCheckTests
{
    [Fact]
    public async Task CheckAll_NeverExpiringTokenWithEveryPermission_ReportsNoProblem()
    {
        await using var h = await GraphHarness.StartAsync();

        var reports = await h.Services.GetRequiredService<TokenCheck>().CheckAllAsync(CancellationToken.None);

        Assert.Equal(2, reports.Count);
        Assert.All(reports, r => Assert.True(r.IsValid));
        Assert.All(reports, r => Assert.Empty(r.Problems));
        Assert.All(reports, r => Assert.Null(r.ExpiresAt));
        Assert.Equal(0, await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task CheckAll_TokenExpiringInTenDays_WarnsThePracticeManagerOnce()
    {
        await using var h = await GraphHarness.StartAsync(configure: o => o.Sources.Remove(GraphHarness.Insta));
        h.Sandbox.TokenExpiresAt = TimeProvider.System.GetUtcNow().AddDays(10);
        var check = h.Services.GetRequiredService<TokenCheck>();

        var first = await check.CheckAllAsync(CancellationToken.None);
        await check.CheckAllAsync(CancellationToken.None);

        Assert.Contains(first[0].Problems, p => p.Contains("expires", StringComparison.Ordinal));
        var emails = await h.Db.QueryAsync<(string Kind, string Subject)>("SELECT kind, subject FROM outbox");
        var email = Assert.Single(emails);
        Assert.Equal("token_warning", email.Kind);
        Assert.DoesNotContain(h.Sandbox.AccessToken, email.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAll_TokenRefused_MarksSourceUnhealthyAndAlerts()
    {
        await using var h = await GraphHarness.StartAsync(configure: o => o.Sources.Remove(GraphHarness.Insta));
        h.Sandbox.InjectFault(new SandboxFault { PathContains = "/never-matches", Code = 190, Times = -1 });

        var report = Assert.Single(await h.Services.GetRequiredService<TokenCheck>().CheckAllAsync(CancellationToken.None));

        Assert.False(report.IsValid);
        Assert.Equal("unhealthy", await h.Db.ScalarAsync<string>("SELECT health FROM sources WHERE name = 'page'"));
        Assert.Equal(1, await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE kind = 'token_alert'"));
    }
}
