using Microsoft.Extensions.Options;
using Quartz;
using Woodbrook.Monitor.Host;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Host;

public sealed class StartupTests
{
    [Fact]
    public async Task Start_DefaultSettings_SchedulesEveryStageJob()
    {
        await using var host = await MonitorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Fetch:Sources:page:Platform"] = "Facebook",
            ["Fetch:Sources:page:AccountId"] = "100",
            ["Fetch:Sources:page:AccessToken"] = "token-for-tests",
            ["Fetch:GraphBaseUrl"] = "http://127.0.0.1:9/",
        });
        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();
        var jobs = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup())).Select(k => k.Name).ToHashSet();
        foreach (var expected in new[] { "fetch-page", "screen-comments", "request-approvals", "remind-approvers", "apply-decisions", "send-outbox", "send-digest", "check-tokens" })
        {
            Assert.Contains(expected, jobs);
            Assert.NotEmpty(await scheduler.GetTriggersOfJob(jobs.Contains(expected) ? new JobKey(expected) : new JobKey("none")));
        }
        var digest = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(new JobKey("send-digest"))));
        Assert.Equal("0 0 8 * * ?", digest.CronExpressionString);
        Assert.Equal("Europe/London", digest.TimeZone.Id);
    }

    [Fact]
    public async Task Start_SourceWithoutToken_FailsNamingTheEnvironmentVariable()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => MonitorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Fetch:Sources:page:Platform"] = "Facebook",
            ["Fetch:Sources:page:AccountId"] = "100",
        }));
        Assert.Contains(ex.Failures, f => f.Contains("WOODBROOK__Fetch__Sources__page__AccessToken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_BadCronAndZone_ReportsBoth()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => MonitorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Report:DigestCron"] = "every morning",
            ["Report:TimeZoneId"] = "Mars/Olympus",
        }));
        Assert.Contains(ex.Failures, f => f.Contains("Report:DigestCron", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Report:TimeZoneId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ComplaintsReplyPullingInTheComment_IsRefused()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => MonitorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Act:ComplaintsReply"] = "We are sorry you feel that {comment}. See {complaints_procedure}",
        }));
        Assert.Contains(ex.Failures, f => f.Contains("{comment}", StringComparison.Ordinal));
    }

    [Fact]
    public void SecretsGuard_ShippedAppSettings_HoldNoSecrets() =>
        Assert.Empty(SecretsGuard.Find(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));

    [Fact]
    public void SecretsGuard_TokenInFile_IsFound()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{ "Fetch": { "Sources": { "page": { "AccountId": "1", "AccessToken": "EAAB123" } } }, "Queue": { "ConnectionString": "Data Source=x.db" } }""");
            Assert.Equal(["Fetch:Sources:page:AccessToken"], SecretsGuard.Find(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
