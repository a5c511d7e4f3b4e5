using Woodbrook.Monitor.Act;
using Woodbrook.Monitor.GraphSandbox;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Act;

/// <summary>The act stage against the Graph sandbox over loopback, with the real host and store.</summary>
public sealed class DecisionApplierTests
{
    private static async Task<(GraphSandboxServer Sandbox, MonitorHost Host, string CommentId)> StartAsync(string text, bool dryRun = false)
    {
        var sandbox = await GraphSandboxServer.StartAsync(new GraphSandboxOptions(), CancellationToken.None);
        var post = sandbox.AddPost("facebook", "Flu clinic this Saturday", TimeSpan.FromHours(2));
        var commentId = sandbox.AddComment("facebook", post, text);
        var host = await MonitorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Fetch:GraphBaseUrl"] = sandbox.BaseUrl.ToString(),
            ["Fetch:Sources:facebook:Platform"] = "Facebook",
            ["Fetch:Sources:facebook:AccountId"] = sandbox.FacebookPageId,
            ["Fetch:Sources:facebook:AccessToken"] = sandbox.AccessToken,
            // Not polled: the test stores the comment itself, so only the actions reach the sandbox.
            ["Fetch:Sources:facebook:Enabled"] = "false",
            ["Act:DryRun"] = dryRun ? "true" : "false",
        });
        return (sandbox, host, commentId);
    }

    private static async Task<long> ScalarAsync(MonitorHost host, string sql, object? args = null)
    {
        await using var connection = await host.Get<Database>().OpenAsync(CancellationToken.None);
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql, args);
    }

    /// <summary>Runs the applier until no action is pending or in flight. The host's own job may have claimed an action
    /// first; then this waits for it to finish rather than racing it.</summary>
    private static async Task ApplyAllAsync(MonitorHost host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            await host.Get<DecisionApplier>().RunAsync(CancellationToken.None);
            if (await ScalarAsync(host, "SELECT COUNT(*) FROM actions WHERE state IN ('pending', 'running')") == 0)
            {
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, timeout.Token);
        }
    }

    [Fact]
    public async Task Apply_Delete_SavesEvidenceFirstThenDeletesAndReportsToManagement()
    {
        var (sandbox, host, commentId) = await StartAsync("Dr Patel is a drunk and should be struck off");
        await using var _ = sandbox;
        await using var __ = host;
        var caseId = await host.PendingCaseAsync("Dr Patel is a drunk and should be struck off", commentId);
        await host.Get<ModerationQueue>().DecideAsync(caseId, CaseDecision.Delete, "comms@example.org", null, CancellationToken.None);
        await ApplyAllAsync(host);

        Assert.Contains(sandbox.Actions, a => a.Id == commentId && a.Action == "delete");
        var evidenceSeq = await ScalarAsync(host, "SELECT seq FROM audit_log WHERE event = 'evidence.saved' AND case_id = @caseId", new { caseId });
        var deleteSeq = await ScalarAsync(host, "SELECT seq FROM audit_log WHERE event = 'action.delete' AND case_id = @caseId", new { caseId });
        Assert.True(evidenceSeq > 0 && evidenceSeq < deleteSeq, "evidence must be saved before the delete is sent");
        Assert.Equal(1, await ScalarAsync(host, "SELECT COUNT(*) FROM evidence WHERE case_id = @caseId AND length(sha256) = 64", new { caseId }));
        Assert.Equal(CaseState.Done, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State);
        Assert.Equal(1, await ScalarAsync(host, "SELECT COUNT(*) FROM outbox WHERE kind = 'reported' AND case_id = @caseId", new { caseId }));
    }

    [Fact]
    public async Task Apply_RunTwice_ActsOnce()
    {
        var (sandbox, host, commentId) = await StartAsync("Dr Patel is a drunk");
        await using var _ = sandbox;
        await using var __ = host;
        var caseId = await host.PendingCaseAsync("Dr Patel is a drunk", commentId);
        await host.Get<ModerationQueue>().DecideAsync(caseId, CaseDecision.Delete, "comms@example.org", null, CancellationToken.None);
        await Task.WhenAll(host.Get<DecisionApplier>().RunAsync(CancellationToken.None), host.Get<DecisionApplier>().RunAsync(CancellationToken.None));
        await ApplyAllAsync(host);
        Assert.Single(sandbox.Actions, a => a.Id == commentId && a.Action == "delete");
    }

    [Fact]
    public async Task Apply_CommentAlreadyGone_CountsAsDone()
    {
        var (sandbox, host, commentId) = await StartAsync("Dr Patel is a drunk");
        await using var _ = sandbox;
        await using var __ = host;
        var caseId = await host.PendingCaseAsync("Dr Patel is a drunk", commentId);
        sandbox.DeleteComment(commentId);
        await host.Get<ModerationQueue>().DecideAsync(caseId, CaseDecision.Delete, "comms@example.org", null, CancellationToken.None);
        await ApplyAllAsync(host);
        Assert.Equal(1, await ScalarAsync(host, "SELECT COUNT(*) FROM actions WHERE case_id = @caseId AND state = 'gone'", new { caseId }));
        Assert.Equal(CaseState.Done, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Apply_ComplaintWithGuidance_SendsPrivateReplyThenDeletesAndTellsComplaintsLead()
    {
        const string Text = "Waited three weeks for a call back, absolutely useless service";
        var (sandbox, host, commentId) = await StartAsync(Text);
        await using var _ = sandbox;
        await using var __ = host;
        var caseId = await host.PendingCaseAsync(Text, commentId);
        await host.Get<ModerationQueue>().DecideAsync(caseId, CaseDecision.DeleteWithGuidance, "comms@example.org", null, CancellationToken.None);
        await ApplyAllAsync(host);

        var actions = sandbox.Actions.Where(a => a.Id == commentId).Select(a => a.Action).ToList();
        Assert.Equal(["private_reply", "delete"], actions);
        Assert.Equal(1, await ScalarAsync(host, "SELECT COUNT(*) FROM outbox WHERE kind = 'complaints-lead' AND case_id = @caseId", new { caseId }));
        await using var connection = await host.Get<Database>().OpenAsync(CancellationToken.None);
        var subject = await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection, "SELECT subject FROM outbox WHERE kind = 'complaints-lead'");
        Assert.DoesNotContain("useless", subject, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Apply_HeldCommentKept_IsUnhidden()
    {
        const string Text = "you f***ing useless lot";
        var (sandbox, host, commentId) = await StartAsync(Text);
        await using var _ = sandbox;
        await using var __ = host;
        var caseId = await host.PendingCaseAsync(Text, commentId);
        await ApplyAllAsync(host);
        Assert.Contains(sandbox.Actions, a => a.Id == commentId && a.Action == "hide");
        Assert.Equal(CaseState.Pending, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State);

        await host.Get<ModerationQueue>().DecideAsync(caseId, CaseDecision.Keep, "comms@example.org", "banter between friends", CancellationToken.None);
        await ApplyAllAsync(host);
        Assert.Contains(sandbox.Actions, a => a.Id == commentId && a.Action == "unhide");
    }

    [Fact]
    public async Task Apply_DryRun_ChangesNothingOnTheGraph()
    {
        var (sandbox, host, commentId) = await StartAsync("Dr Patel is a drunk", dryRun: true);
        await using var _ = sandbox;
        await using var __ = host;
        var caseId = await host.PendingCaseAsync("Dr Patel is a drunk", commentId);
        await host.Get<ModerationQueue>().DecideAsync(caseId, CaseDecision.Delete, "comms@example.org", null, CancellationToken.None);
        await ApplyAllAsync(host);
        Assert.DoesNotContain(sandbox.Actions, a => a.Id == commentId);
        Assert.Equal(1, await ScalarAsync(host, "SELECT COUNT(*) FROM audit_log WHERE event = 'action.delete' AND detail LIKE '%dry_run%'"));
    }

    [Fact]
    public async Task Apply_CrashAfterDeleteBeforeRecording_RetryFindsItGoneAndFinishes()
    {
        var (sandbox, host, commentId) = await StartAsync("Dr Patel is a drunk");
        await using var _ = sandbox;
        await using var __ = host;
        var caseId = await host.PendingCaseAsync("Dr Patel is a drunk", commentId);
        await host.Get<ModerationQueue>().DecideAsync(caseId, CaseDecision.Delete, "comms@example.org", null, CancellationToken.None);
        // The process died after Facebook deleted the comment and before the outcome was written.
        sandbox.DeleteComment(commentId);
        var stale = host.Time.GetUtcNow().AddMinutes(-11).ToUnixTimeMilliseconds();
        await ExecuteAsync(host, "UPDATE actions SET state = 'running', claimed_at = @stale, attempts = 1 WHERE case_id = @caseId", new { stale, caseId });
        await ApplyAllAsync(host);
        Assert.Equal(1, await ScalarAsync(host, "SELECT COUNT(*) FROM actions WHERE case_id = @caseId AND state = 'gone'", new { caseId }));
        Assert.Equal(CaseState.Done, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Apply_InterruptedPrivateReply_IsNotSentAgainButTheDeleteGoesAhead()
    {
        const string Text = "Waited three weeks for a call back, absolutely useless service";
        var (sandbox, host, commentId) = await StartAsync(Text);
        await using var _ = sandbox;
        await using var __ = host;
        var caseId = await host.PendingCaseAsync(Text, commentId);
        await host.Get<ModerationQueue>().DecideAsync(caseId, CaseDecision.DeleteWithGuidance, "comms@example.org", null, CancellationToken.None);
        var stale = host.Time.GetUtcNow().AddMinutes(-11).ToUnixTimeMilliseconds();
        await ExecuteAsync(host, "UPDATE actions SET state = 'running', claimed_at = @stale, attempts = 1 WHERE case_id = @caseId AND kind = 'private_reply'", new { stale, caseId });
        await ApplyAllAsync(host);
        Assert.DoesNotContain(sandbox.Actions, a => a.Id == commentId && a.Action == "private_reply");
        Assert.Contains(sandbox.Actions, a => a.Id == commentId && a.Action == "delete");
        Assert.Equal(1, await ScalarAsync(host, "SELECT COUNT(*) FROM actions WHERE case_id = @caseId AND kind = 'private_reply' AND state = 'not_permitted'", new { caseId }));
    }

    private static async Task ExecuteAsync(MonitorHost host, string sql, object args)
    {
        await using var connection = await host.Get<Database>().OpenAsync(CancellationToken.None);
        await Dapper.SqlMapper.ExecuteAsync(connection, sql, args);
    }
}
