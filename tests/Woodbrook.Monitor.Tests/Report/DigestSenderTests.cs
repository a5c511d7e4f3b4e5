using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Report;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Report;

public sealed class DigestSenderTests
{
    private static DigestSender Sender(TestStore store) => new(store.Database, new Outbox(store.Database, store.Time), new Woodbrook.Monitor.Classify.AzureLanguageHealth(),
        Options.Create(new ReportOptions { PracticeManager = "pm@example.org", TimeZoneId = "Europe/London" }), store.Time, NullLogger<DigestSender>.Instance);

    [Fact]
    public async Task Run_TwiceOnOneLocalDate_QueuesOneDigest()
    {
        using var store = new TestStore();
        Assert.True(await Sender(store).RunAsync(CancellationToken.None));
        store.Time.Advance(TimeSpan.FromHours(1));
        Assert.False(await Sender(store).RunAsync(CancellationToken.None));
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE kind = 'digest'"));
    }

    [Fact]
    public async Task Run_NextDay_QueuesAnother()
    {
        using var store = new TestStore();
        await Sender(store).RunAsync(CancellationToken.None);
        store.Time.Advance(TimeSpan.FromDays(1));
        Assert.True(await Sender(store).RunAsync(CancellationToken.None));
        Assert.Equal(2, await store.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE kind = 'digest'"));
    }

    [Fact]
    public async Task Run_WithPendingCase_CountsItByLabelAndWithoutCommentText()
    {
        using var store = await StoreWithOneDigestAsync();
        var body = await ReadBodyAsync(store);
        Assert.Contains("Identifies a member of staff: 1", body, StringComparison.Ordinal);
        Assert.Contains("1 case(s) waiting for a decision", body, StringComparison.Ordinal);
        Assert.DoesNotContain("drunk", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Run_AzureCallsFailed_CountsThemUnderNeedsAttention()
    {
        using var store = new TestStore();
        var azure = new Woodbrook.Monitor.Classify.AzureLanguageHealth();
        azure.RecordCall();
        azure.RecordCall();
        azure.RecordFailure();
        var sender = new DigestSender(store.Database, new Outbox(store.Database, store.Time), azure,
            Options.Create(new ReportOptions { PracticeManager = "pm@example.org", TimeZoneId = "Europe/London" }), store.Time, NullLogger<DigestSender>.Instance);
        await sender.RunAsync(CancellationToken.None);
        Assert.Contains("Azure AI Language: 1 failed and 0 timed-out calls of 2", await ReadBodyAsync(store), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_KeptCase_ShowsOverturnRatePerLabel()
    {
        using var store = new TestStore();
        var caseId = await Some.PendingCaseAsync(store, "Dr Patel is a drunk");
        await new Woodbrook.Monitor.Queue.ModerationQueue(store.Database, store.Audit, store.Time)
            .DecideAsync(caseId, Woodbrook.Monitor.Queue.CaseDecision.Keep, "comms@example.org", null, CancellationToken.None);
        await Sender(store).RunAsync(CancellationToken.None);
        Assert.Contains("Identifies a member of staff: 1 of 1 kept (100%)", await ReadBodyAsync(store), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RuleOverruledByTheModel_CountsItWithoutQueueingOrText()
    {
        using var store = new TestStore();
        var row = await Some.CommentAsync(store, Woodbrook.Monitor.Tests.Classify.LearnedBackstopTests.TrainStrike);
        var screening = new Woodbrook.Monitor.Queue.CommentScreening(store.Database, Woodbrook.Monitor.Tests.Classify.LearnedBackstopTests.Overruling(),
            store.Audit, Options.Create(new Woodbrook.Monitor.Queue.QueueOptions()), store.Time, NullLogger<Woodbrook.Monitor.Queue.CommentScreening>.Instance);
        var screened = await screening.RunAsync(CancellationToken.None);
        Assert.Equal((1, 0, 0), (screened.Screened, screened.Flagged, screened.CasesOpened));
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM cases"));
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM verdicts WHERE comment_row = @row AND labels = '' AND overruled = 'complaint'", new { row }));
        await Sender(store).RunAsync(CancellationToken.None);
        var body = await ReadBodyAsync(store);
        Assert.Contains("Not queued: a rule fired but the learned model was all but sure it was wrong, by label:" + Environment.NewLine + "  - Complaint: 1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("strike", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Run_NothingOverruled_SaysNone()
    {
        using var store = await StoreWithOneDigestAsync();
        Assert.Contains("Not queued: a rule fired but the learned model was all but sure it was wrong, by label: none", await ReadBodyAsync(store), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PrintsTheNewestAuditEntryAsAnAnchorToKeep()
    {
        using var store = await StoreWithOneDigestAsync();
        var (seq, hash) = await AnchorAsync(store);
        Assert.Equal(hash, (await store.Audit.ReadAsync(null, CancellationToken.None)).Single(e => e.Seq == seq).Hash);
        var body = await ReadBodyAsync(store);
        Assert.Contains($"entries, intact; newest entry {seq}, fingerprint {hash[..16]}.", body, StringComparison.Ordinal);
        Assert.Contains($"audit verify --anchor {seq}:{hash[..16]}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NewestEntriesRemovedSinceTheLastDigest_SaysTheTrailIsBroken()
    {
        using var store = await StoreWithOneDigestAsync();
        var (seq, _) = await AnchorAsync(store);
        // Cutting the newest entries leaves a shorter chain that is still whole: only the anchor shows the cut.
        await store.ExecuteAsync("DELETE FROM audit_log WHERE seq >= @seq", new { seq });
        Assert.Null(await store.Audit.VerifyAsync(CancellationToken.None));
        store.Time.Advance(TimeSpan.FromDays(1));
        await Sender(store).RunAsync(CancellationToken.None);
        var body = await ReadBodyAsync(store);
        Assert.Contains($"the audit trail is broken: entry {seq} is no longer in the audit trail: entries were removed (it was the newest entry in the digest of", body, StringComparison.Ordinal);
        Assert.Contains("BROKEN (see above)", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NothingRemovedSinceTheLastDigest_SaysIntact()
    {
        using var store = await StoreWithOneDigestAsync();
        store.Time.Advance(TimeSpan.FromDays(1));
        await Some.PendingCaseAsync(store, "Nurse Kelly is a liar");
        await Sender(store).RunAsync(CancellationToken.None);
        var body = await ReadBodyAsync(store);
        Assert.Contains("entries, intact; newest entry", body, StringComparison.Ordinal);
        Assert.DoesNotContain("audit trail is broken", body, StringComparison.Ordinal);
    }

    /// <summary>A store with one pending case and the digest sent about it.</summary>
    private static async Task<TestStore> StoreWithOneDigestAsync()
    {
        var store = new TestStore();
        await Some.PendingCaseAsync(store, "Dr Patel is a drunk");
        await Sender(store).RunAsync(CancellationToken.None);
        return store;
    }

    private static async Task<(long Seq, string Hash)> AnchorAsync(TestStore store)
    {
        await using var connection = await store.Database.OpenAsync(CancellationToken.None);
        return await Dapper.SqlMapper.QuerySingleAsync<(long, string)>(connection,
            "SELECT audit_seq, audit_hash FROM digests ORDER BY sent_at DESC LIMIT 1");
    }

    /// <summary>The newest digest's text.</summary>
    private static async Task<string> ReadBodyAsync(TestStore store)
    {
        await using var connection = await store.Database.OpenAsync(CancellationToken.None);
        return await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection, "SELECT text_body FROM outbox WHERE kind = 'digest' ORDER BY id DESC LIMIT 1") ?? "";
    }
}
