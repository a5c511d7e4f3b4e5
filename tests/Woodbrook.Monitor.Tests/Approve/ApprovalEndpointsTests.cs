using System.Net;
using AngleSharp.Html.Parser;
using Woodbrook.Monitor.Approve;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Approve;

/// <summary>The approval endpoint over real HTTP on loopback, against the real host and its SQLite store.</summary>
public sealed class ApprovalEndpointsTests
{
    private static HttpClient Client(MonitorHost host) => new(new HttpClientHandler { AllowAutoRedirect = true }) { BaseAddress = host.BaseUrl };

    private static FormUrlEncodedContent Decision(string token, string decision) => new([new("token", token), new("decision", decision)]);

    [Fact]
    public async Task Get_ValidLink_ShowsCaseWithDecisionButtonsAndChangesNothing()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync();
        using var http = Client(host);
        var response = await http.GetAsync($"/approve/{host.Token(caseId)}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(html);
        var buttons = doc.QuerySelectorAll("form[method=post] button[name=decision]").Select(b => b.GetAttribute("value")).ToList();
        Assert.Contains("delete", buttons);
        Assert.Contains("hide", buttons);
        Assert.Contains("keep", buttons);
        Assert.Contains("escalate", buttons);
        Assert.Contains("<mark", html, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(CaseState.Pending, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State);
        Assert.Equal(0, await ScalarAsync(host, "SELECT COUNT(*) FROM actions"));
    }

    [Fact]
    public async Task Get_HostileCommentText_IsEncodedNotExecuted()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync("Dr Patel is a drunk <script>alert(1)</script><img src=x onerror=alert(2)>");
        using var http = Client(host);
        var html = await http.GetStringAsync($"/approve/{host.Token(caseId)}");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Delete_DecidesOnceAndSecondPostShowsFirstDecision()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync();
        using var http = Client(host);
        var token = host.Token(caseId);
        var first = await http.PostAsync("/approve", Decision(token, "delete"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var deputy = await http.PostAsync("/approve", Decision(host.Token(caseId, "deputy@example.org"), "keep"));
        var page = await deputy.Content.ReadAsStringAsync();
        Assert.Contains("already been decided", page, StringComparison.Ordinal);
        Assert.Contains("comms@example.org", page, StringComparison.Ordinal);
        var view = await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None);
        Assert.Equal(CaseDecision.Delete, view!.Decision);
        Assert.Equal(1, await ScalarAsync(host, "SELECT COUNT(*) FROM actions WHERE kind = 'delete'"));
    }

    [Fact]
    public async Task Post_TamperedToken_IsRefusedWithAPlainPage()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync();
        using var http = Client(host);
        var token = host.Token(caseId);
        var tampered = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
        var get = await http.GetAsync($"/approve/{tampered}");
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        var html = await get.Content.ReadAsStringAsync();
        Assert.Contains("not valid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("drunk", html, StringComparison.Ordinal);
        var post = await http.PostAsync("/approve", Decision(tampered, "delete"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await ScalarAsync(host, "SELECT COUNT(*) FROM actions"));
    }

    [Fact]
    public async Task Post_ExpiredToken_IsRefused()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync();
        using var http = Client(host);
        var token = host.Token(caseId);
        host.Time.Advance(TimeSpan.FromHours(73));
        var post = await http.PostAsync("/approve", Decision(token, "delete"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("expired", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CaseState.Pending, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Post_TokenForAnotherCase_DecidesOnlyItsOwnCase()
    {
        await using var host = await MonitorHost.StartAsync();
        var first = await host.PendingCaseAsync();
        var second = await host.PendingCaseAsync("Dr Patel stole my prescription");
        using var http = Client(host);
        await http.PostAsync("/approve", Decision(host.Token(first), "delete"));
        Assert.Equal(CaseState.Pending, (await host.Get<ModerationQueue>().GetCaseAsync(second, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Post_TokenOfRemovedApprover_IsRefused()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync();
        using var http = Client(host);
        var post = await http.PostAsync("/approve", Decision(host.Token(caseId, "left.the.practice@example.org"), "delete"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Get_ManyBadTokens_AreRateLimited()
    {
        await using var host = await MonitorHost.StartAsync(new Dictionary<string, string?> { ["Approve:MaxFailedAttempts"] = "3" });
        var caseId = await host.PendingCaseAsync();
        using var http = Client(host);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync($"/approve/bad{i}.token")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await http.GetAsync($"/approve/{host.Token(caseId)}")).StatusCode);
    }

    [Fact]
    public async Task Post_Escalate_SendsThePracticeManagerTheirOwnLinkAndTheyCanDecide()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync();
        using var http = Client(host);
        await http.PostAsync("/approve", Decision(host.Token(caseId), "escalate"));
        Assert.Equal(CaseState.Escalated, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State);
        Assert.Equal(1, await ScalarAsync(host, "SELECT COUNT(*) FROM outbox WHERE kind = 'escalation' AND recipient = 'pm@example.org'"));
        await http.PostAsync("/approve", Decision(host.Token(caseId, "pm@example.org"), "keep"));
        Assert.Equal(CaseState.Kept, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Post_MetaReportReference_IsKeptWithTheCaseAndAudited()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync();
        using var http = Client(host);
        await http.PostAsync("/approve/meta-report", new FormUrlEncodedContent([new("token", host.Token(caseId)), new("reference", "FB-REPORT-12345")]));
        Assert.Equal("FB-REPORT-12345", (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.MetaReportRef);
        Assert.Equal(1, await ScalarAsync(host, "SELECT COUNT(*) FROM audit_log WHERE event = 'case.meta_report_recorded'"));
    }

    [Fact]
    public async Task Get_ComplaintCase_OffersDeleteWithComplaintsGuidance()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync("Waited 3 weeks for a call back, absolutely useless service");
        using var http = Client(host);
        var html = await http.GetStringAsync($"/approve/{host.Token(caseId)}");
        Assert.Contains("value=\"delete_with_guidance\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SecondCaseFromSameAuthor_ShowsPossibleCourseOfConduct()
    {
        await using var host = await MonitorHost.StartAsync();
        await host.PendingCaseAsync();
        var second = await host.PendingCaseAsync("Dr Patel stole my prescription");
        using var http = Client(host);
        var html = await http.GetStringAsync($"/approve/{host.Token(second)}");
        Assert.Contains("Possible course of conduct", html, StringComparison.Ordinal);
    }

    private const string MentionText = "@woodbrook.medical Dr Patel is a drunk, f***ing useless the lot of you";

    [Fact]
    public async Task Get_MentionOnAnotherAccountsMedia_OffersOnlyKeepAndEscalateAndIsNotHeld()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync(MentionText, "17990000000000001", null, "instagram", canHide: false, canRemove: false);
        using var http = Client(host);

        var html = await http.GetStringAsync($"/approve/{host.Token(caseId)}");

        var doc = new HtmlParser().ParseDocument(html);
        var buttons = doc.QuerySelectorAll("form[method=post] button[name=decision]").ToDictionary(b => b.GetAttribute("value")!, b => b.HasAttribute("disabled"));
        Assert.True(buttons["delete"]);
        Assert.True(buttons["hide"]);
        Assert.False(buttons["keep"]);
        Assert.False(buttons["escalate"]);
        Assert.DoesNotContain("delete_with_guidance", buttons.Keys);
        Assert.Contains("mentions the practice's account", html, StringComparison.Ordinal);
        // abuse is hidden while waiting where the platform allows it; on a mention it cannot be, so nothing is queued
        Assert.Equal(0, await ScalarAsync(host, "SELECT COUNT(*) FROM actions"));
    }

    [Fact]
    public async Task Post_DeleteOnAMention_RefusedWithNothingRecordedThenKeepIsApplied()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync(MentionText, "17990000000000002", null, "instagram", canHide: false, canRemove: false);
        using var http = Client(host);
        var token = host.Token(caseId);

        var delete = await http.PostAsync("/approve", Decision(token, "delete"));
        var hide = await http.PostAsync("/approve", Decision(token, "hide"));
        var stillPending = (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State;
        var keep = await http.PostAsync("/approve", Decision(token, "keep"));

        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Contains("nothing was done", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, hide.StatusCode);
        Assert.Equal(CaseState.Pending, stillPending);
        Assert.Equal(HttpStatusCode.OK, keep.StatusCode);
        Assert.Equal(CaseState.Kept, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State);
        Assert.Equal(0, await ScalarAsync(host, "SELECT COUNT(*) FROM actions"));
    }

    [Fact]
    public async Task Email_ForAMention_SaysItCannotBeRemovedAndOffersKeepOrEscalate()
    {
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync(MentionText, "17990000000000003", null, "instagram", canHide: false, canRemove: false);
        var view = (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!;

        var email = host.Get<ApprovalRequests>().Compose(view, await host.Get<ModerationQueue>().IsHeldAsync(caseId, CancellationToken.None),
            "comms@example.org", "https://monitor.example/approve/x");

        Assert.Contains("Instagram does not let the account hide or delete it", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Decide (Keep or Escalate)", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Where: Instagram mention on another account's post", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden while it waits", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ApprovalEmail_SaysHiddenOnlyWhereTheCaseHoldsItsComment()
    {
        await using var host = await MonitorHost.StartAsync();
        // other patients' data is hidden while it waits (Queue:HideWhileWaiting); an allegation is not
        var held = await host.PendingCaseAsync("My neighbour Bob Carr at 17 Park Road is on methadone from here");
        var notHeld = await host.PendingCaseAsync();
        // the platform refused this one's hide: the email must not say it is hidden
        var refused = await host.PendingCaseAsync("My neighbour Jean Hart at 4 Mill Lane is on methadone from here");
        Assert.Equal(2, await ScalarAsync(host, $"SELECT COUNT(*) FROM actions WHERE kind = 'hold' AND case_id IN ({held}, {refused})"));
        await ScalarAsync(host, $"UPDATE actions SET state = 'failed' WHERE kind = 'hold' AND case_id = {refused}");

        await host.Get<ApprovalRequests>().RunAsync(CancellationToken.None);

        async Task<string> Body(long caseId)
        {
            await using var connection = await host.Get<Database>().OpenAsync(CancellationToken.None);
            return await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection,
                "SELECT text_body FROM outbox WHERE kind = 'approval' AND case_id = @caseId", new { caseId }) ?? "";
        }
        Assert.Contains("it has been hidden while it waits for your decision", await Body(held), StringComparison.Ordinal);
        Assert.Contains("is waiting for your decision. Nothing has been removed.", await Body(notHeld), StringComparison.Ordinal);
        var refusedBody = await Body(refused);
        Assert.Contains("is waiting for your decision. Nothing has been removed.", refusedBody, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden while it waits", refusedBody, StringComparison.Ordinal);
    }

    private static async Task<long> ScalarAsync(MonitorHost host, string sql)
    {
        await using var connection = await host.Get<Database>().OpenAsync(CancellationToken.None);
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql);
    }
}
