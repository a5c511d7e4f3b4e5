using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Queue;

public sealed class CommentScreeningTests
{
    [Fact]
    public async Task Run_FlaggedComment_OpensOnePendingCaseWithVerdictAndAudit()
    {
        using var store = new TestStore();
        var caseId = await Some.PendingCaseAsync(store);
        Assert.True(caseId > 0);
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM cases WHERE state = 'pending'"));
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM audit_log WHERE event = 'case.opened' AND case_id = @caseId", new { caseId }));
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM comments WHERE classified_hash IS NULL"));
    }

    [Fact]
    public async Task Run_CleanComment_RecordsVerdictButNoCase()
    {
        using var store = new TestStore();
        await Some.CommentAsync(store, "Thank you for the flu jab clinic, very well organised");
        var screening = Screening(store);
        var result = await screening.RunAsync(CancellationToken.None);
        Assert.Equal(1, result.Screened);
        Assert.Equal(0, result.CasesOpened);
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM verdicts WHERE labels = ''"));
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM cases"));
    }

    [Fact]
    public async Task Run_Twice_DoesNotScreenOrOpenAgain()
    {
        using var store = new TestStore();
        await Some.PendingCaseAsync(store);
        var again = await Screening(store).RunAsync(CancellationToken.None);
        Assert.Equal(0, again.Screened);
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM cases"));
    }

    [Fact]
    public async Task Run_CleanCommentEditedToAbuse_IsScreenedAgainAndOpensACase()
    {
        using var store = new TestStore();
        var row = await Some.CommentAsync(store, "Lovely staff");
        await Screening(store).RunAsync(CancellationToken.None);
        var edited = "Lovely staff, apart from Dr Patel who is a drunk";
        await store.ExecuteAsync("UPDATE comments SET text = @edited, text_hash = @hash WHERE id = @row", new { edited, hash = Some.Hash(edited), row });
        var result = await Screening(store).RunAsync(CancellationToken.None);
        Assert.Equal(1, result.Screened);
        Assert.Equal(1, result.CasesOpened);
        Assert.Equal(2, await store.ScalarAsync("SELECT COUNT(*) FROM verdicts WHERE comment_row = @row", new { row }));
    }

    private static Woodbrook.Monitor.Queue.CommentScreening Screening(TestStore store) =>
        new(store.Database, new Woodbrook.Monitor.Classify.CommentClassifier(Some.Practice()), store.Audit,
            Microsoft.Extensions.Options.Options.Create(new Woodbrook.Monitor.Queue.QueueOptions()), store.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Woodbrook.Monitor.Queue.CommentScreening>.Instance);
}
