using System.Net;
using Woodbrook.Monitor.Fetch;
using Woodbrook.Monitor.GraphSandbox;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Fetch;

/// <summary>Mentions of the Instagram account on other accounts' media, announced by a <c>mentions</c> webhook, read
/// over loopback through the account's <c>mentioned_comment</c> / <c>mentioned_media</c> fields and stored so the
/// classifier sees them, marked as neither hideable nor removable.</summary>
public sealed class InstagramMentionsTests
{
    private const string Abusive = "@woodbrook.medical Dr Hale is a drunk, the whole place is a joke";

    [Fact]
    public async Task Webhook_CommentMention_StoresItUnremovableAndPollingNeverListsIt()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.Fetcher.RunAsync(GraphHarness.Insta, CancellationToken.None);
        var before = await h.CountAsync("instagram");
        var id = h.Sandbox.AddMention("Night out in town", Abusive, "someone.else");

        var status = await h.Sandbox.DeliverWebhookAsync(h.WebhookUrl, id, "add", CancellationToken.None);
        var poll = await h.Fetcher.RunAsync(GraphHarness.Insta, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(before + 1, await h.CountAsync("instagram"));
        Assert.Equal(0, poll.New);
        Assert.Equal(Abusive, await h.Db.ScalarAsync<string>("SELECT text FROM comments WHERE comment_id = @id", new { id }));
        Assert.Equal(0L, await h.Db.ScalarAsync<long>("SELECT can_remove FROM comments WHERE comment_id = @id", new { id }));
        Assert.Equal(0L, await h.Db.ScalarAsync<long>("SELECT can_hide FROM comments WHERE comment_id = @id", new { id }));
        Assert.StartsWith("https://www.instagram.com/p/", await h.Db.ScalarAsync<string>("SELECT permalink FROM comments WHERE comment_id = @id", new { id }), StringComparison.Ordinal);
        Assert.Equal("stored", await h.Db.ScalarAsync<string>("SELECT outcome FROM webhook_events WHERE item_id = @id", new { id }));
    }

    [Fact]
    public async Task Webhook_CaptionMention_StoresTheCaption()
    {
        await using var h = await GraphHarness.StartAsync();
        var mediaId = h.Sandbox.AddMention("Avoid @woodbrook.medical, the receptionist with the nose ring is vile");

        var status = await h.Sandbox.DeliverWebhookAsync(h.WebhookUrl, mediaId, "add", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("nose ring", await h.Db.ScalarAsync<string>("SELECT text FROM comments WHERE comment_id = @mediaId", new { mediaId }), StringComparison.Ordinal);
        Assert.Equal(mediaId, await h.Db.ScalarAsync<string>("SELECT post_id FROM comments WHERE comment_id = @mediaId", new { mediaId }));
    }

    [Fact]
    public async Task Webhook_MentionDeletedBeforeItIsRead_RecordedAsGoneAndNothingStored()
    {
        await using var h = await GraphHarness.StartAsync();
        var id = h.Sandbox.AddMention("Day out", Abusive);
        h.Sandbox.DeleteComment(id);

        await h.Sandbox.DeliverWebhookAsync(h.WebhookUrl, id, "add", CancellationToken.None);

        Assert.Equal(0L, await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM comments WHERE comment_id = @id", new { id }));
        Assert.Equal("gone", await h.Db.ScalarAsync<string>("SELECT outcome FROM webhook_events WHERE item_id = @id", new { id }));
    }

    [Fact]
    public async Task Webhook_MalformedAnswer_LeavesTheEventUnprocessedAndARedeliveryStoresIt()
    {
        await using var h = await GraphHarness.StartAsync();
        var id = h.Sandbox.AddMention("Day out", Abusive);
        h.Sandbox.InjectFault(new SandboxFault { PathContains = h.Sandbox.InstagramAccountId, Status = 200, RawBody = "{\"id\":\"17841400000000000\"}" });

        await h.Sandbox.DeliverWebhookAsync(h.WebhookUrl, id, "add", CancellationToken.None);
        var afterBad = await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM comments WHERE comment_id = @id", new { id });
        var unprocessed = await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM webhook_events WHERE item_id = @id AND processed_at IS NULL", new { id });
        await h.Sandbox.DeliverWebhookAsync(h.WebhookUrl, id, "add", CancellationToken.None);

        Assert.Equal(0L, afterBad);
        Assert.Equal(1L, unprocessed);
        Assert.Equal(1L, await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM comments WHERE comment_id = @id", new { id }));
    }

    [Fact]
    public async Task Sandbox_MentionOnAnotherAccountsMedia_CannotBeHiddenOrDeleted()
    {
        await using var h = await GraphHarness.StartAsync();
        var id = h.Sandbox.AddMention("Day out", Abusive);

        var hide = await h.Client.HideCommentAsync(GraphHarness.Insta, id, true, CancellationToken.None);
        var delete = await h.Client.DeleteCommentAsync(GraphHarness.Insta, id, CancellationToken.None);

        Assert.False(hide.Succeeded);
        Assert.False(delete.Succeeded);
        Assert.Empty(h.Sandbox.Actions);
    }

    [Theory]
    [InlineData("{\"id\":\"1\"}")]
    [InlineData("{\"mentioned_comment\":\"text\",\"id\":\"1\"}")]
    [InlineData("not json")]
    public void ReadMention_AnswerWithoutTheMentionObject_ThrowsAClearError(string body)
    {
        var ex = Assert.ThrowsAny<System.Text.Json.JsonException>(() => CommentFetcher.ReadMention("insta", body, "123", null, inComment: true));
        Assert.False(string.IsNullOrEmpty(ex.Message));
    }
}
