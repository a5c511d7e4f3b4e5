using Woodbrook.Monitor.Fetch;
using Woodbrook.Monitor.GraphSandbox;
using Woodbrook.Monitor.Tests.Fakes;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Fetch;

public sealed class CommentFetcherTests
{
    [Fact]
    public async Task Run_SampleScenario_StoresEveryCommentAndReplyButNotTheAccountsOwn()
    {
        await using var h = await GraphHarness.StartAsync();

        var page = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        var insta = await h.Fetcher.RunAsync(GraphHarness.Insta, CancellationToken.None);

        Assert.Equal(FetchRunStatus.Completed, page.Status);
        Assert.Equal(FetchRunStatus.Completed, insta.Status);
        // 26 comments and replies by people plus one visitor post; the Page's own reply is skipped.
        Assert.Equal(27, await h.CountAsync("facebook"));
        Assert.Equal(1, page.SkippedOwn);
        Assert.Equal(12, await h.CountAsync("instagram"));
        Assert.Equal(1, insta.SkippedOwn);
        var replies = await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM comments WHERE parent_id IS NOT NULL");
        Assert.Equal(4, replies);
        var ownText = await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM comments WHERE text LIKE '%twelve spaces%' OR text LIKE '%contact our practice manager%'");
        Assert.Equal(0, ownText);
    }

    [Fact]
    public async Task Run_SampleScenario_KeepsTheFieldsModerationNeeds()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        var rows = await h.Db.QueryAsync<(string CommentId, string PostId, string Text, string TextHash, string? AuthorName, long CreatedTime, long? CanHide, string RawJson, string? PostText)>(
            "SELECT comment_id, post_id, text, text_hash, author_name, created_time, can_hide, raw_json, post_text FROM comments WHERE text LIKE 'Dr Patel is a drunk%'");
        var row = Assert.Single(rows);
        Assert.Equal(FetchStore.Hash(row.Text), row.TextHash);
        Assert.Equal("Kev Dawson", row.AuthorName);
        Assert.Equal(1, row.CanHide);
        Assert.Contains(row.CommentId, row.RawJson, StringComparison.Ordinal);
        Assert.StartsWith("Reminder: the surgery will close", row.PostText, StringComparison.Ordinal);
        Assert.True(row.CreatedTime > 0);
        var visitorComment = await h.Db.ScalarAsync<long>("SELECT can_hide FROM comments WHERE text LIKE 'Stacey don''t bother%'");
        Assert.Equal(0, visitorComment);
    }

    [Fact]
    public async Task Run_NothingChanged_CostsOneRequestPerSourceAndStoresNothing()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        await h.Fetcher.RunAsync(GraphHarness.Insta, CancellationToken.None);
        h.Sandbox.ResetCounts();

        var page = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        Assert.Equal(1, h.Sandbox.RequestCount);
        var insta = await h.Fetcher.RunAsync(GraphHarness.Insta, CancellationToken.None);

        Assert.Equal(2, h.Sandbox.RequestCount);
        Assert.Equal(0, page.New + page.Edited + insta.New + insta.Edited);
        Assert.Equal(0, page.PostsRead + insta.PostsRead);
    }

    [Fact]
    public async Task Run_ManyPostsAndLongThreads_FollowsEveryPageToTheEnd()
    {
        // 130 posts (two feed pages) in the backfill window; the newest post has 260 comments + 87 replies (4 pages of 100).
        var scenario = ScenarioBuilder.Build(posts: 130, commentsPerPost: 2, hoursBetweenPosts: 1);
        await using var h = await GraphHarness.StartAsync(scenario);
        var busiest = h.Sandbox.PostIds("facebook")[0];
        for (var i = 0; i < 258; i++)
        {
            var id = h.Sandbox.AddComment("facebook", busiest, $"Extra comment {i}", author: "Busy Person");
            if (i % 3 == 0)
            {
                h.Sandbox.AddComment("facebook", busiest, $"Extra reply {i}", parentId: id, author: "Replier");
            }
        }

        var result = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        Assert.Equal(FetchRunStatus.Completed, result.Status);
        var expected = 130 * 3 + 258 + 86;
        Assert.Equal(expected, await h.CountAsync("facebook"));
        Assert.Equal(130, result.PostsListed);
        Assert.Equal(0, result.Failed);
    }

    [Fact]
    public async Task Run_OldPostGetsNewComment_CatchesItWithTwoRequests()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        var oldest = h.Sandbox.PostIds("facebook")[^1];
        var id = h.Sandbox.AddComment("facebook", oldest, "Late comment on an old post");
        h.Sandbox.ResetCounts();

        var result = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        Assert.Equal(1, result.New);
        Assert.Equal(2, h.Sandbox.RequestCount);
        Assert.Equal(1, await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM comments WHERE comment_id = @id", new { id }));
    }

    [Fact]
    public async Task Run_OldInstagramMediaGetsNewComment_CatchesIt()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.Fetcher.RunAsync(GraphHarness.Insta, CancellationToken.None);
        var oldest = h.Sandbox.PostIds("instagram")[^1];
        var top = h.Sandbox.CommentIds(oldest)[0];
        var reply = h.Sandbox.AddComment("instagram", oldest, "A reply on old media", parentId: top, author: "late_replier");

        var result = await h.Fetcher.RunAsync(GraphHarness.Insta, CancellationToken.None);

        Assert.Equal(1, result.New);
        Assert.Equal(top, await h.Db.ScalarAsync<string>("SELECT parent_id FROM comments WHERE comment_id = @reply", new { reply }));
    }

    [Fact]
    public async Task Run_CommentEditedAfterClassification_StoresNewTextSoItIsClassifiedAgain()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        await h.Db.ExecuteAsync("UPDATE comments SET classified_hash = text_hash");
        var rows = await h.Db.QueryAsync<string>("SELECT comment_id FROM comments WHERE text LIKE 'Thanks for letting us know.'");
        var id = Assert.Single(rows);
        h.Sandbox.EditComment(id, "Thanks for letting us know. Dr Patel is a liar and a thief by the way");

        var result = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        Assert.Equal(1, result.Edited);
        Assert.Equal(0, result.New);
        var toClassify = await h.Db.QueryAsync<(string CommentId, string Text)>("SELECT comment_id, text FROM comments WHERE classified_hash <> text_hash");
        var edited = Assert.Single(toClassify);
        Assert.Equal(id, edited.CommentId);
        Assert.Contains("liar and a thief", edited.Text, StringComparison.Ordinal);
        Assert.Equal(27, await h.CountAsync("facebook"));
    }

    [Fact]
    public async Task Run_RepeatedManyTimes_NeverFetchesOrStoresTwice()
    {
        await using var h = await GraphHarness.StartAsync();
        var first = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        var post = h.Sandbox.PostIds("facebook")[0];
        h.Sandbox.AddComment("facebook", post, "One more");
        var second = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        var third = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        Assert.Equal(27, first.New);
        Assert.Equal(1, second.New);
        Assert.Equal(0, third.New + third.Edited + third.Unchanged);
        Assert.Equal(28, await h.CountAsync("facebook"));
        Assert.Equal(0, await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM (SELECT comment_id FROM comments GROUP BY platform, comment_id HAVING COUNT(*) > 1) d"));
    }

    [Fact]
    public async Task Run_FirstRun_SkipsCommentsOlderThanTheBackfill()
    {
        await using var h = await GraphHarness.StartAsync(configure: o => o.Backfill = TimeSpan.FromDays(2));

        await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        var oldest = await h.Db.ScalarAsync<long>("SELECT MIN(created_time) FROM comments");
        Assert.True(DateTimeOffset.FromUnixTimeMilliseconds(oldest) > TimeProvider.System.GetUtcNow().AddDays(-2).AddMinutes(-1));
        Assert.Equal(0, await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM comments WHERE text LIKE 'Is there parking%'"));
    }

    [Fact]
    public async Task Run_RateLimitResponse_PausesSourceUntilAccessIsBackThenResumes()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var h = await GraphHarness.StartAsync(time: time);
        h.Sandbox.Usage = new SandboxUsage(100, 40, 40, 10);
        h.Sandbox.InjectFault(new SandboxFault { PathContains = "/feed", Code = 80001, Message = "(#80001) There have been too many calls to this Page account." });

        var throttled = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        Assert.Equal(FetchRunStatus.Paused, throttled.Status);
        var state = Assert.Single(await h.Db.QueryAsync<(string Health, long PausedUntil)>("SELECT health, paused_until FROM sources WHERE name = 'page'"));
        Assert.Equal("paused", state.Health);
        Assert.Equal(time.GetUtcNow().AddMinutes(10).ToUnixTimeMilliseconds(), state.PausedUntil);
        Assert.NotEmpty(h.Logs.WithId(1020));

        h.Sandbox.ResetCounts();
        var whilePaused = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        Assert.Equal(FetchRunStatus.Paused, whilePaused.Status);
        Assert.Equal(0, h.Sandbox.RequestCount);

        h.Sandbox.Usage = new SandboxUsage(5, 1, 1, 0);
        time.Advance(TimeSpan.FromMinutes(11));
        var resumed = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        Assert.Equal(FetchRunStatus.Completed, resumed.Status);
        Assert.Equal(27, resumed.New);
        Assert.Equal("ok", await h.Db.ScalarAsync<string>("SELECT health FROM sources WHERE name = 'page'"));
        Assert.NotEmpty(h.Logs.WithId(1021));
    }

    [Fact]
    public async Task Run_UsageHeadersOverThreshold_PausesSourceBeforeItIsThrottled()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Sandbox.Usage = new SandboxUsage(85, 10, 10, 0);

        var result = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        Assert.Equal(FetchRunStatus.Paused, result.Status);
        Assert.Equal(1, h.Sandbox.RequestCount);
        var state = Assert.Single(await h.Db.QueryAsync<(string Health, string Detail)>("SELECT health, health_detail FROM sources WHERE name = 'page'"));
        Assert.Equal("paused", state.Health);
        Assert.Contains("85%", state.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TokenRefused_MarksSourceUnhealthyAndSendsOneAlert()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Sandbox.InjectFault(new SandboxFault { Code = 190, Subcode = 460, Times = -1, Message = "Error validating access token: the user changed their password." });

        var first = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        var second = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        var action = await h.Client.DeleteCommentAsync(GraphHarness.Page, "1_2", CancellationToken.None);

        Assert.Equal(FetchRunStatus.Unhealthy, first.Status);
        Assert.Equal(FetchRunStatus.Unhealthy, second.Status);
        Assert.Equal(GraphActionOutcome.Failed, action.Outcome);
        Assert.Equal(1, h.Sandbox.RequestCount);
        var emails = await h.Db.QueryAsync<(string Kind, string Recipient, string Subject, string TextBody)>("SELECT kind, recipient, subject, text_body FROM outbox");
        var email = Assert.Single(emails);
        Assert.Equal("token_alert", email.Kind);
        Assert.Equal("practice.manager@woodbrook.example", email.Recipient);
        Assert.DoesNotContain(h.Sandbox.AccessToken, email.Subject + email.TextBody, StringComparison.Ordinal);
        Assert.Contains("password", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("WOODBROOK__Fetch__Sources__page__AccessToken", email.TextBody, StringComparison.Ordinal);
        Assert.Equal("unhealthy", await h.Db.ScalarAsync<string>("SELECT health FROM sources WHERE name = 'page'"));
    }

    [Fact]
    public async Task Run_TokenReplacedAfterRefusal_ResumesFetching()
    {
        await using var h = await GraphHarness.StartAsync();
        var token = h.Options.Sources[GraphHarness.Page].AccessToken;
        h.Options.Sources[GraphHarness.Page].AccessToken = "a-revoked-token";
        await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        h.Options.Sources[GraphHarness.Page].AccessToken = token;

        var result = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        Assert.Equal(FetchRunStatus.Completed, result.Status);
        Assert.Equal(27, result.New);
        Assert.Equal("ok", await h.Db.ScalarAsync<string>("SELECT health FROM sources WHERE name = 'page'"));
        Assert.NotEmpty(h.Logs.WithId(1023));
    }

    [Fact]
    public async Task Run_MalformedResponse_LogsErrorAndKeepsCheckpointSoNothingIsLost()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Sandbox.InjectFault(new SandboxFault { PathContains = "/feed", Status = 200, RawBody = "<html><body>Sorry, something went wrong</body></html>" });

        var broken = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        Assert.Equal(FetchRunStatus.Failed, broken.Status);
        Assert.NotEmpty(h.Logs.WithId(1005));
        Assert.Null(await h.Db.ScalarAsync<string?>("SELECT COALESCE(checkpoint, 'none') FROM sources WHERE name = 'page'") is "none" ? null : "set");
        var healed = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        Assert.Equal(27, healed.New);
    }

    [Fact]
    public async Task Run_OnePostsCommentsMalformed_StoresTheRestAndRereadsThatPostNextTime()
    {
        await using var h = await GraphHarness.StartAsync();
        var victim = h.Sandbox.PostIds("facebook")[0];
        h.Sandbox.InjectFault(new SandboxFault { PathContains = victim + "/comments", Status = 200, RawBody = "{\"data\": 42" });

        var first = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        var second = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        Assert.Equal(FetchRunStatus.Completed, first.Status);
        Assert.True(first.Failed > 0);
        Assert.True(first.New is > 0 and < 27);
        Assert.Equal(27 - first.New, second.New);
        Assert.Equal(27, await h.CountAsync("facebook"));
    }

    [Fact]
    public async Task Run_TransientServerErrors_RetriesAndCompletes()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Sandbox.InjectFault(new SandboxFault { PathContains = "/feed", Status = 503, Times = 2 });
        h.Sandbox.InjectFault(new SandboxFault { Status = 400, Code = 2, IsTransient = true, Times = 1, Message = "Service temporarily unavailable" });

        var result = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        Assert.Equal(FetchRunStatus.Completed, result.Status);
        Assert.Equal(27, result.New);
        Assert.Equal(3, h.Logs.WithId(1010).Count);
    }

    [Fact]
    public async Task Run_Anything_NeverLogsCommentTextAuthorsOrTokens()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Sandbox.InjectFault(new SandboxFault { PathContains = "/comments", Status = 500, Times = 1 });
        await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        await h.Fetcher.RunAsync(GraphHarness.Insta, CancellationToken.None);

        var text = string.Join("\n", h.Logs.Records.Select(r => r.Message + r.Exception));
        Assert.DoesNotContain(h.Sandbox.AccessToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dr Patel", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kev Dawson", text, StringComparison.Ordinal);
        Assert.DoesNotContain("truth_seeker_uk", text, StringComparison.Ordinal);
        Assert.NotEmpty(h.Logs.WithId(1001));
    }
}
