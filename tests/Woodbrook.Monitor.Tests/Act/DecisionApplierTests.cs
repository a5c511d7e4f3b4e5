using Woodbrook.Monitor.Act;
using Woodbrook.Monitor.GraphSandbox;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Act;

/// <summary>The act stage against the Graph sandbox over loopback, with the real host and store.</summary>
public sealed class DecisionApplierTests
{
    /// <summary>A Graph sandbox holding one comment, the host pointed at it (the source is not polled, so only actions
    /// reach the sandbox), and the comment screened into a pending case.</summary>
    private sealed class Rig : IAsyncDisposable
    {
        private Rig(GraphSandboxServer sandbox, MonitorHost host, string commentId, long caseId)
        {
            Sandbox = sandbox;
            Host = host;
            CommentId = commentId;
            CaseId = caseId;
        }

        public GraphSandboxServer Sandbox { get; }

        public MonitorHost Host { get; }

        public string CommentId { get; }

        public long CaseId { get; }

        public static async Task<Rig> StartAsync(string text, bool dryRun = false)
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
                ["Fetch:Sources:facebook:Enabled"] = "false",
                ["Act:DryRun"] = dryRun ? "true" : "false",
            });
            return new Rig(sandbox, host, commentId, await host.PendingCaseAsync(text, commentId));
        }

        public Task DecideAsync(CaseDecision decision, string? reason = null) =>
            Host.Get<ModerationQueue>().DecideAsync(CaseId, decision, "comms@example.org", reason, CancellationToken.None);

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            await Sandbox.DisposeAsync();
        }
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
        await using var rig = await Rig.StartAsync("Dr Patel is a drunk and should be struck off");
        var (sandbox, host, commentId, caseId) = (rig.Sandbox, rig.Host, rig.CommentId, rig.CaseId);
        await rig.DecideAsync(CaseDecision.Delete);
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
        await using var rig = await Rig.StartAsync("Dr Patel is a drunk");
        var (sandbox, host, commentId, caseId) = (rig.Sandbox, rig.Host, rig.CommentId, rig.CaseId);
        await rig.DecideAsync(CaseDecision.Delete);
        await Task.WhenAll(host.Get<DecisionApplier>().RunAsync(CancellationToken.None), host.Get<DecisionApplier>().RunAsync(CancellationToken.None));
        await ApplyAllAsync(host);
        Assert.Single(sandbox.Actions, a => a.Id == commentId && a.Action == "delete");
    }

    [Fact]
    public async Task Apply_CommentAlreadyGone_CountsAsDone()
    {
        await using var rig = await Rig.StartAsync("Dr Patel is a drunk");
        var (sandbox, host, commentId, caseId) = (rig.Sandbox, rig.Host, rig.CommentId, rig.CaseId);
        sandbox.DeleteComment(commentId);
        await rig.DecideAsync(CaseDecision.Delete);
        await ApplyAllAsync(host);
        Assert.Equal(1, await ScalarAsync(host, "SELECT COUNT(*) FROM actions WHERE case_id = @caseId AND state = 'gone'", new { caseId }));
        Assert.Equal(CaseState.Done, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Apply_ComplaintWithGuidance_SendsPrivateReplyThenDeletesAndTellsComplaintsLead()
    {
        const string Text = "Waited three weeks for a call back, absolutely useless service";
        await using var rig = await Rig.StartAsync(Text);
        var (sandbox, host, commentId, caseId) = (rig.Sandbox, rig.Host, rig.CommentId, rig.CaseId);
        await rig.DecideAsync(CaseDecision.DeleteWithGuidance);
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
        await using var rig = await Rig.StartAsync(Text);
        var (sandbox, host, commentId, caseId) = (rig.Sandbox, rig.Host, rig.CommentId, rig.CaseId);
        await ApplyAllAsync(host);
        Assert.Contains(sandbox.Actions, a => a.Id == commentId && a.Action == "hide");
        Assert.Equal(CaseState.Pending, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, CancellationToken.None))!.State);

        await rig.DecideAsync(CaseDecision.Keep, "banter between friends");
        await ApplyAllAsync(host);
        Assert.Contains(sandbox.Actions, a => a.Id == commentId && a.Action == "unhide");
    }

    [Fact]
    public async Task Apply_DryRun_ChangesNothingOnTheGraph()
    {
        await using var rig = await Rig.StartAsync("Dr Patel is a drunk", dryRun: true);
        var (sandbox, host, commentId, caseId) = (rig.Sandbox, rig.Host, rig.CommentId, rig.CaseId);
        await rig.DecideAsync(CaseDecision.Delete);
        await ApplyAllAsync(host);
        Assert.DoesNotContain(sandbox.Actions, a => a.Id == commentId);
        Assert.Equal(1, await ScalarAsync(host, "SELECT COUNT(*) FROM audit_log WHERE event = 'action.delete' AND detail LIKE '%dry_run%'"));
    }

    [Fact]
    public async Task Apply_CrashAfterDeleteBeforeRecording_RetryFindsItGoneAndFinishes()
    {
        await using var rig = await Rig.StartAsync("Dr Patel is a drunk");
        var (sandbox, host, commentId, caseId) = (rig.Sandbox, rig.Host, rig.CommentId, rig.CaseId);
        await rig.DecideAsync(CaseDecision.Delete);
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
        await using var rig = await Rig.StartAsync(Text);
        var (sandbox, host, commentId, caseId) = (rig.Sandbox, rig.Host, rig.CommentId, rig.CaseId);
        await rig.DecideAsync(CaseDecision.DeleteWithGuidance);
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
