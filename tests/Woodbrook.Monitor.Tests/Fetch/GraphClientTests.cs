using Woodbrook.Monitor.Fetch;
using Woodbrook.Monitor.GraphSandbox;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Fetch;

public sealed class GraphClientTests
{
    [Fact]
    public async Task Hide_FacebookComment_HidesItUnhidesItAndRecordsBoth()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        var id = (await h.Db.QueryAsync<string>("SELECT comment_id FROM comments WHERE text LIKE 'Dr Patel is a drunk%'"))[0];

        var hidden = await h.Client.HideCommentAsync(GraphHarness.Page, id, hidden: true, CancellationToken.None);
        Assert.Equal(1, await h.Db.ScalarAsync<long>("SELECT is_hidden FROM comments WHERE comment_id = @id", new { id }));
        var shown = await h.Client.HideCommentAsync(GraphHarness.Page, id, hidden: false, CancellationToken.None);

        Assert.Equal(GraphActionOutcome.Done, hidden.Outcome);
        Assert.Equal(GraphActionOutcome.Done, shown.Outcome);
        Assert.Equal(["hide", "unhide"], h.Sandbox.Actions.Where(a => a.Id == id).Select(a => a.Action));
        Assert.Equal(0, await h.Db.ScalarAsync<long>("SELECT is_hidden FROM comments WHERE comment_id = @id", new { id }));
        Assert.Equal(2, h.Logs.WithId(1030).Count);
    }

    [Fact]
    public async Task Hide_InstagramComment_UsesHideAndKeepsHiddenStateLocally()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.Fetcher.RunAsync(GraphHarness.Insta, CancellationToken.None);
        var id = (await h.Db.QueryAsync<string>("SELECT comment_id FROM comments WHERE text LIKE 'DM me for cheap weight loss%'"))[0];

        var result = await h.Client.HideCommentAsync(GraphHarness.Insta, id, hidden: true, CancellationToken.None);
        var media = h.Sandbox.PostIds("instagram");
        foreach (var m in media)
        {
            h.Sandbox.AddComment("instagram", m, "a new comment so every media is read again", author: "someone_new");
        }
        await h.Fetcher.RunAsync(GraphHarness.Insta, CancellationToken.None);

        Assert.Equal(GraphActionOutcome.Done, result.Outcome);
        var action = Assert.Single(h.Sandbox.Actions);
        Assert.Equal(("hide", "instagram"), (action.Action, action.Platform));
        Assert.Equal(1, await h.Db.ScalarAsync<long>("SELECT is_hidden FROM comments WHERE comment_id = @id", new { id }));
    }

    [Fact]
    public async Task Delete_CommentAlreadyDeletedAndTokenHealthy_ReturnsAlreadyGone()
    {
        await using var h = await GraphHarness.StartAsync();
        var post = h.Sandbox.PostIds("facebook")[0];
        var id = h.Sandbox.CommentIds(post)[0];
        h.Sandbox.DeleteComment(id);

        var result = await h.Client.DeleteCommentAsync(GraphHarness.Page, id, CancellationToken.None);

        Assert.Equal(GraphActionOutcome.AlreadyGone, result.Outcome);
        Assert.True(result.Succeeded);
        Assert.Contains("\"error_subcode\":33", result.Response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_GoneButTokenCannotBeVerified_ReturnsFailedNotGone()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Sandbox.InjectFault(new SandboxFault { Code = 100, Subcode = 33, Times = 2, Message = "Unsupported delete request." });

        var result = await h.Client.DeleteCommentAsync(GraphHarness.Page, "123_456", CancellationToken.None);

        Assert.Equal(GraphActionOutcome.Failed, result.Outcome);
        Assert.Contains("Could not verify", result.Response, StringComparison.Ordinal);
        Assert.Empty(h.Sandbox.Actions);
    }

    [Fact]
    public async Task Delete_Twice_SecondIsAlreadyGone()
    {
        await using var h = await GraphHarness.StartAsync();
        var id = h.Sandbox.CommentIds(h.Sandbox.PostIds("instagram")[0])[0];

        var first = await h.Client.DeleteCommentAsync(GraphHarness.Insta, id, CancellationToken.None);
        var second = await h.Client.DeleteCommentAsync(GraphHarness.Insta, id, CancellationToken.None);

        Assert.Equal(GraphActionOutcome.Done, first.Outcome);
        Assert.Equal(GraphActionOutcome.AlreadyGone, second.Outcome);
        Assert.Single(h.Sandbox.Actions);
    }

    [Fact]
    public async Task Hide_CommentOnVisitorPost_ReturnsNotPermitted()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        var id = (await h.Db.QueryAsync<string>("SELECT comment_id FROM comments WHERE text LIKE 'Stacey don''t bother%'"))[0];

        var result = await h.Client.HideCommentAsync(GraphHarness.Page, id, hidden: true, CancellationToken.None);

        Assert.Equal(GraphActionOutcome.NotPermitted, result.Outcome);
        Assert.Empty(h.Sandbox.Actions);
    }

    [Fact]
    public async Task SendPrivateReply_Facebook_SendsOnceAndRefusesASecond()
    {
        await using var h = await GraphHarness.StartAsync();
        var id = h.Sandbox.CommentIds(h.Sandbox.PostIds("facebook")[0])[0];

        var first = await h.Client.SendPrivateReplyAsync(GraphHarness.Page, id, "Please contact the practice manager.", CancellationToken.None);
        var second = await h.Client.SendPrivateReplyAsync(GraphHarness.Page, id, "Again", CancellationToken.None);
        var instagram = await h.Client.SendPrivateReplyAsync(GraphHarness.Insta, "17900000000000001", "Hi", CancellationToken.None);

        Assert.Equal(GraphActionOutcome.Done, first.Outcome);
        Assert.Contains("message_id", first.Response, StringComparison.Ordinal);
        Assert.Equal(GraphActionOutcome.NotPermitted, second.Outcome);
        Assert.Equal(GraphActionOutcome.NotPermitted, instagram.Outcome);
        Assert.Single(h.Sandbox.Actions, a => a.Action == "private_reply");
    }

    [Fact]
    public async Task Send_WithAppSecret_SendsAProofTheSandboxAccepts()
    {
        await using var h = await GraphHarness.StartAsync(configure: o => o.AppSecret = "not-the-apps-secret");

        var verified = await h.Client.VerifyTokenAsync(GraphHarness.Page, CancellationToken.None);

        Assert.False(verified);
        await using var good = await GraphHarness.StartAsync();
        Assert.True(await good.Client.VerifyTokenAsync(GraphHarness.Page, CancellationToken.None));
    }

    [Theory]
    [InlineData("https://graph.facebook.com/v25.0/123_456/comments?limit=100&access_token=SECRET&after=QVFI", "123_456/comments?limit=100&after=QVFI")]
    [InlineData("http://127.0.0.1:5000/v19.0/1784/media?fields=id&after=abc", "1784/media?fields=id&after=abc")]
    [InlineData("https://graph.facebook.com/1784/media?appsecret_proof=x", "1784/media")]
    public void RelativeOf_NextUrl_DropsHostVersionAndToken(string next, string expected) =>
        Assert.Equal(expected, Uri.UnescapeDataString(GraphClient.RelativeOf(next)));
}
