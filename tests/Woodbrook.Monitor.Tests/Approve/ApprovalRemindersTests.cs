using Woodbrook.Monitor.Approve;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Approve;

/// <summary>Reminders and escalation, driven by the host's clock (no sleeping).</summary>
public sealed class ApprovalRemindersTests
{
    [Fact]
    public async Task Remind_PendingPastEachPeriod_RemindsOnceThenEscalatesOnce()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync();
        var requests = host.Get<ApprovalRequests>();
        await requests.RunAsync(CancellationToken.None);
        Assert.Equal(2, await CountAsync(host, "approval"));

        host.Time.Advance(TimeSpan.FromHours(23));
        Assert.Equal((0, 0), await requests.RemindAsync(CancellationToken.None));

        host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal((1, 0), await requests.RemindAsync(CancellationToken.None));
        Assert.Equal(2, await CountAsync(host, "reminder"));
        Assert.Equal((0, 0), await requests.RemindAsync(CancellationToken.None));

        host.Time.Advance(TimeSpan.FromHours(23));
        Assert.Equal((0, 0), await requests.RemindAsync(CancellationToken.None));
        host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal((0, 1), await requests.RemindAsync(CancellationToken.None));
        Assert.Equal(1, await CountAsync(host, "escalation"));
        Assert.Equal(CaseState.Escalated, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State);

        host.Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal((0, 0), await requests.RemindAsync(CancellationToken.None));
        Assert.Equal(1, await CountAsync(host, "escalation"));
    }

    [Fact]
    public async Task Remind_DecidedCase_IsNotReminded()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync();
        var requests = host.Get<ApprovalRequests>();
        await requests.RunAsync(CancellationToken.None);
        await host.Get<ModerationQueue>().DecideAsync(caseId, CaseDecision.Keep, "comms@example.org", null, CancellationToken.None);
        host.Time.Advance(TimeSpan.FromDays(5));
        Assert.Equal((0, 0), await requests.RemindAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Request_ApprovalEmail_HasNoCommentTextInSubjectAndEscapesHtml()
    {
        await using var host = await MonitorHost.StartAsync();
        await host.PendingCaseAsync("Dr Patel is a drunk <b>bold</b>");
        await host.Get<ApprovalRequests>().RunAsync(CancellationToken.None);
        await using var connection = await host.Get<Database>().OpenAsync(CancellationToken.None);
        var (subject, html) = await Dapper.SqlMapper.QuerySingleAsync<(string, string)>(connection,
            "SELECT subject, html_body FROM outbox WHERE kind = 'approval' AND recipient = 'comms@example.org'");
        Assert.DoesNotContain("drunk", subject, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Patel", subject, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    private static async Task<long> CountAsync(MonitorHost host, string kind)
    {
        await using var connection = await host.Get<Database>().OpenAsync(CancellationToken.None);
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM outbox WHERE kind = @kind", new { kind });
    }
}
