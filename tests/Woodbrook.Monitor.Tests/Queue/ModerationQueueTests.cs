using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Queue;

public sealed class ModerationQueueTests
{
    [Fact]
    public async Task Decide_PendingCase_RecordsDecisionActionAndAudit()
    {
        using var store = new TestStore();
        var caseId = await Some.PendingCaseAsync(store);
        var queue = new ModerationQueue(store.Database, store.Audit, store.Time);
        var result = await queue.DecideAsync(caseId, CaseDecision.Delete, "comms@example.org", null, CancellationToken.None);
        Assert.Equal(DecideOutcome.Decided, result.Outcome);
        Assert.Equal(CaseState.Decided, result.Case!.State);
        Assert.Equal("comms@example.org", result.Case.DecidedBy);
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM actions WHERE case_id = @caseId AND kind = 'delete' AND state = 'pending'", new { caseId }));
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM audit_log WHERE event = 'case.decided' AND case_id = @caseId", new { caseId }));
    }

    [Fact]
    public async Task Decide_SecondDecision_IsRefusedAndShowsTheFirst()
    {
        using var store = new TestStore();
        var caseId = await Some.PendingCaseAsync(store);
        var queue = new ModerationQueue(store.Database, store.Audit, store.Time);
        await queue.DecideAsync(caseId, CaseDecision.Hide, "first@example.org", null, CancellationToken.None);
        var second = await queue.DecideAsync(caseId, CaseDecision.Delete, "second@example.org", null, CancellationToken.None);
        Assert.Equal(DecideOutcome.AlreadyDecided, second.Outcome);
        Assert.Equal(CaseDecision.Hide, second.Case!.Decision);
        Assert.Equal("first@example.org", second.Case.DecidedBy);
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM actions WHERE case_id = @caseId", new { caseId }));
    }

    [Fact]
    public async Task Decide_ConcurrentDecisions_ExactlyOneWins()
    {
        using var store = new TestStore();
        var caseId = await Some.PendingCaseAsync(store);
        var queue = new ModerationQueue(store.Database, store.Audit, store.Time);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => queue.DecideAsync(caseId, CaseDecision.Delete, $"approver{i}@example.org", null, CancellationToken.None))));
        Assert.Single(results, r => r.Outcome == DecideOutcome.Decided);
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM actions WHERE case_id = @caseId", new { caseId }));
    }

    [Fact]
    public async Task Decide_Keep_ClosesWithoutActions()
    {
        using var store = new TestStore();
        var caseId = await Some.PendingCaseAsync(store);
        var queue = new ModerationQueue(store.Database, store.Audit, store.Time);
        var result = await queue.DecideAsync(caseId, CaseDecision.Keep, "comms@example.org", "fair comment", CancellationToken.None);
        Assert.Equal(CaseState.Kept, result.Case!.State);
        Assert.Equal("fair comment", result.Case.Reason);
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM actions"));
    }

    [Theory]
    [InlineData(CaseDecision.Delete)]
    [InlineData(CaseDecision.DeleteWithGuidance)]
    [InlineData(CaseDecision.Hide)]
    public async Task Decide_WhatThePlatformRefuses_ReturnsNotAllowedAndChangesNothing(CaseDecision decision)
    {
        using var store = new TestStore();
        var caseId = await Some.PendingCaseAsync(store);
        await store.ExecuteAsync("UPDATE comments SET can_hide = 0, can_remove = 0");
        var queue = new ModerationQueue(store.Database, store.Audit, store.Time);
        var result = await queue.DecideAsync(caseId, decision, "comms@example.org", null, CancellationToken.None);
        Assert.Equal(DecideOutcome.NotAllowed, result.Outcome);
        Assert.Equal(CaseState.Pending, (await queue.GetCaseAsync(caseId, CancellationToken.None))!.State);
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM actions"));
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM audit_log WHERE event = 'case.decided'"));
    }

    [Fact]
    public async Task Decide_UnknownCase_ReturnsNotFound()
    {
        using var store = new TestStore();
        var queue = new ModerationQueue(store.Database, store.Audit, store.Time);
        var result = await queue.DecideAsync(999, CaseDecision.Delete, "comms@example.org", null, CancellationToken.None);
        Assert.Equal(DecideOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task Open_AbusiveComment_IsHeldWhileWaitingAndKeepUnhidesIt()
    {
        using var store = new TestStore();
        var caseId = await Some.PendingCaseAsync(store, "you f***ing useless lot");
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM actions WHERE case_id = @caseId AND kind = 'hold'", new { caseId }));
        var queue = new ModerationQueue(store.Database, store.Audit, store.Time);
        Assert.True(await queue.IsHeldAsync(caseId, CancellationToken.None));
        await queue.DecideAsync(caseId, CaseDecision.Keep, "comms@example.org", null, CancellationToken.None);
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM actions WHERE case_id = @caseId AND kind = 'unhide'", new { caseId }));
    }

    [Fact]
    public async Task Decide_Keep_RecordsAnOverturnPerLabel()
    {
        using var store = new TestStore();
        var caseId = await Some.PendingCaseAsync(store);
        var labels = (await new ModerationQueue(store.Database, store.Audit, store.Time).GetCaseAsync(caseId, CancellationToken.None))!.Labels;
        await new ModerationQueue(store.Database, store.Audit, store.Time).DecideAsync(caseId, CaseDecision.Keep, "comms@example.org", null, CancellationToken.None);
        Assert.Equal(labels.Count, await store.ScalarAsync("SELECT COUNT(*) FROM overturns WHERE case_id = @caseId", new { caseId }));
        Assert.True(labels.Count >= 1);
    }

    [Fact]
    public async Task Decide_DeleteWithGuidance_RepliesBeforeDeleting()
    {
        using var store = new TestStore();
        var caseId = await Some.PendingCaseAsync(store);
        await new ModerationQueue(store.Database, store.Audit, store.Time).DecideAsync(caseId, CaseDecision.DeleteWithGuidance, "comms@example.org", null, CancellationToken.None);
        var first = await store.ScalarAsync("SELECT id FROM actions WHERE case_id = @caseId AND kind = 'private_reply'", new { caseId });
        var second = await store.ScalarAsync("SELECT id FROM actions WHERE case_id = @caseId AND kind = 'delete'", new { caseId });
        Assert.True(first > 0 && second > first);
    }

    [Fact]
    public async Task LinkedCases_SameAuthorTwice_AreLinked()
    {
        using var store = new TestStore();
        var first = await Some.PendingCaseAsync(store);
        var second = await Some.PendingCaseAsync(store, "Dr Patel stole my prescription money");
        var queue = new ModerationQueue(store.Database, store.Audit, store.Time);
        var view = await queue.GetCaseAsync(second, CancellationToken.None);
        var linked = await queue.LinkedCasesAsync(view!, TimeSpan.FromDays(30), CancellationToken.None);
        Assert.Equal(first, Assert.Single(linked).Id);
    }

    [Fact]
    public async Task LinkedCases_NoAuthorExposed_ReturnsNone()
    {
        using var store = new TestStore();
        await Some.PendingCaseAsync(store);
        var second = await Some.PendingCaseAsync(store, "Dr Patel stole my prescription money");
        await store.ExecuteAsync("UPDATE comments SET author_id = NULL");
        var queue = new ModerationQueue(store.Database, store.Audit, store.Time);
        Assert.Empty(await queue.LinkedCasesAsync((await queue.GetCaseAsync(second, CancellationToken.None))!, TimeSpan.FromDays(30), CancellationToken.None));
    }
}
