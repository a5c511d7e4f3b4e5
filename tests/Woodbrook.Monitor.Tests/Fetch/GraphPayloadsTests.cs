using System.Text.Json;
using Woodbrook.Monitor.Fetch;

namespace Woodbrook.Monitor.Tests.Fetch;

/// <summary>Real captured Graph responses and webhook bodies (../shared/reference/graph-payloads, restfb's fixtures, v2 to
/// current) read by the client's DTOs and the webhook receiver without failing, keeping the fields that matter.</summary>
public sealed class GraphPayloadsTests
{
    /// <summary>Files no endpoint of ours covers, and why.</summary>
    private static readonly Dictionary<string, string> NotCovered = new(StringComparer.Ordinal)
    {
        ["v2_2_page-rating-example1.json"] = "reviews (/ratings) are not read: deprecated from v22 (code 12), and cannot be hidden or deleted",
        ["v2_5_page-rating-example1.json"] = "reviews (/ratings) are not read: deprecated from v22 (code 12), and cannot be hidden or deleted",
    };

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference", "graph-payloads");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        Assert.Fail($"shared/reference/graph-payloads was not found beside any ancestor of {AppContext.BaseDirectory}; CI runs from a clone with shared/ beside the repository.");
        return "";
    }

    private static T Read<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(json, type) ?? throw new InvalidDataException("null");

    [Fact]
    public void Payloads_EveryFile_IsReadByTheClientOrTheWebhookReceiver()
    {
        var files = Directory.GetFiles(Folder(), "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 50, $"only {files.Count} payload files");
        var unhandled = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var json = File.ReadAllText(file);
            try
            {
                if (!ReadOne(name, json))
                {
                    unhandled.Add(name);
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException or Xunit.Sdk.XunitException)
            {
                Assert.Fail($"{name}: {ex.Message}");
            }
        }
        Assert.Empty(unhandled);
    }

    private static bool ReadOne(string name, string json)
    {
        if (NotCovered.ContainsKey(name))
        {
            return true;
        }
        if (name.StartsWith("batch_", StringComparison.Ordinal))
        {
            var items = Read(json, GraphJsonContext.Default.IReadOnlyListGraphBatchItem);
            Assert.NotEmpty(items);
            foreach (var item in items)
            {
                Assert.NotNull(item.Body);
                if (item.Code >= 400)
                {
                    var error = GraphResiliencePipelines.ParseError(item.Body!);
                    Assert.NotNull(error);
                    Assert.Equal(100, error!.Code);
                    Assert.NotNull(item.Headers);
                    Assert.True(GraphUsage.From(item.Headers).MaxPercent > 0);
                }
                else
                {
                    Assert.NotNull(Read(item.Body!, GraphJsonContext.Default.GraphFrom).Id);
                }
            }
            return true;
        }
        if (name.Contains("debug-token", StringComparison.Ordinal))
        {
            var info = json.Contains("\"data\"", StringComparison.Ordinal)
                ? Read(json, GraphJsonContext.Default.DebugTokenEnvelope).Data!
                : Read(json, GraphJsonContext.Default.DebugTokenInfo);
            Assert.True(info.IsValid);
            Assert.False(string.IsNullOrEmpty(info.AppId));
            Assert.NotNull(info.ExpiresAt);
            Assert.NotEmpty(info.Scopes!);
            return true;
        }
        if (name is "exampleError.json" or "exampleErrorNew.json" or "oauthExampleError.json")
        {
            var error = GraphResiliencePipelines.ParseError(json);
            Assert.NotNull(error);
            Assert.NotNull(error!.ErrorSubcode);
            Assert.NotNull(error.Message);
            return true;
        }
        if (name == "exampleOauthError.json")
        {
            // The OAuth dialog's error shape, not Graph's: no "error" object, so it is classified on the HTTP status.
            Assert.Null(GraphResiliencePipelines.ParseError(json));
            return true;
        }
        if (name.StartsWith("instagram_comment", StringComparison.Ordinal))
        {
            var comment = Read(json, GraphJsonContext.Default.InstagramComment);
            Assert.NotNull(comment.Id);
            Assert.NotNull(comment.Text);
            Assert.NotNull(comment.Timestamp);
            Assert.NotNull(comment.Hidden);
            Assert.NotNull(comment.Media?.Id);
            if (comment.Replies is { } replies)
            {
                var list = replies.Deserialize(GraphJsonContext.Default.GraphList)!;
                Assert.All(list.Data!, r => Assert.NotNull(r.Deserialize(GraphJsonContext.Default.InstagramComment)!.Timestamp));
            }
            return true;
        }
        if (name == "instagram_mentioned-media.json")
        {
            var mention = CommentFetcher.ReadMention("insta", json, "17873440459141021", null, inComment: false);
            Assert.Equal(("17873440459141021", "metricsaurus headquarters!"), (mention.CommentId, mention.Text));
            Assert.Equal((false, false), (mention.CanHide, mention.CanRemove));
            return true;
        }
        if (name.StartsWith("instagram_media-", StringComparison.Ordinal))
        {
            var media = Read(json, GraphJsonContext.Default.InstagramMedia);
            Assert.NotNull(media.Id);
            Assert.NotNull(media.Timestamp);
            Assert.NotNull(media.CommentsCount);
            return true;
        }
        if (name is "instagram_user.json" or "v2_11_page-with-instagram.json" or "v10_0_from-as-page.json")
        {
            Assert.NotNull(Read(json, GraphJsonContext.Default.GraphFrom).Id);
            return true;
        }
        if (name.StartsWith("webhooks_", StringComparison.Ordinal) || name.StartsWith("instagram_wh-", StringComparison.Ordinal))
        {
            var events = WebhookProcessor.Parse(json);
            var aboutComments = name.Contains("comment", StringComparison.Ordinal) || name.Contains("mentions", StringComparison.Ordinal);
            if (aboutComments)
            {
                var e = Assert.Single(events);
                Assert.False(string.IsNullOrEmpty(e.ItemId));
                Assert.False(string.IsNullOrEmpty(e.Verb));
                Assert.NotNull(e.AccountId);
            }
            else
            {
                // Posts and statuses on the feed are not comments; the receiver reads them and ignores them.
                Assert.Empty(events);
                Assert.NotNull(Read(json, GraphJsonContext.Default.WebhookEnvelope).Entry);
            }
            return true;
        }
        if (name.StartsWith("post-with-", StringComparison.Ordinal) || name is "v5_0_post-with-comment.json" or "v2_5_photo-comments.json")
        {
            var post = Read(json, GraphJsonContext.Default.GraphPost);
            Assert.NotNull(post.Id);
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.TryGetProperty("comments", out var comments) && comments.ValueKind == JsonValueKind.Object && comments.TryGetProperty("data", out _))
            {
                var list = comments.Deserialize(GraphJsonContext.Default.GraphList)!;
                Assert.All(list.Data!, c =>
                {
                    var comment = c.Deserialize(GraphJsonContext.Default.GraphComment)!;
                    Assert.NotNull(comment.Id);
                    Assert.NotNull(comment.Message);
                    Assert.NotNull(comment.CreatedTime);
                    Assert.NotNull(comment.From?.Id);
                });
            }
            return true;
        }
        if (name.StartsWith("v2_2_comment", StringComparison.Ordinal) || name.StartsWith("v2_9_comment", StringComparison.Ordinal))
        {
            var comment = Read(json, GraphJsonContext.Default.GraphComment);
            Assert.NotNull(comment.Id);
            return true;
        }
        if (name.StartsWith("v2_2_cursor_only_paging", StringComparison.Ordinal))
        {
            Assert.NotNull(Read(json, GraphJsonContext.Default.GraphList).Data);
            return true;
        }
        return false;
    }

    private static string File_(string name) => File.ReadAllText(Path.Combine(Folder(), name));

    [Fact]
    public void Comment_CanHideCapture_KeepsIdsTimesAuthorAndHiddenState()
    {
        var comment = Read(File_("v2_2_comment_canHide.json"), GraphJsonContext.Default.GraphComment);
        var hidden = Read(File_("v2_2_comment_noCanHide.json"), GraphJsonContext.Default.GraphComment);

        Assert.Equal("123456789_8765432", comment.Id);
        Assert.Equal("yes, really great", comment.Message);
        Assert.Equal(new DateTimeOffset(2014, 10, 17, 14, 3, 17, TimeSpan.Zero), comment.CreatedTime);
        Assert.Equal(("123456789", "Testers Fan page"), (comment.From!.Id, comment.From.Name));
        Assert.True(comment.CanHide);
        Assert.False(comment.IsHidden);
        Assert.True(hidden.IsHidden);
        Assert.Null(hidden.CanHide);
    }

    [Fact]
    public void Paging_CursorOnlyCapture_KeepsTheCursorAndNoNext()
    {
        var list = Read(File_("v2_2_cursor_only_paging1.json"), GraphJsonContext.Default.GraphList);
        var empty = Read(File_("v2_2_cursor_only_paging2.json"), GraphJsonContext.Default.GraphList);

        Assert.Equal("ODA5Mzg5NTEyNDI4MTI3", list.Paging!.Cursors!.After);
        Assert.Null(list.Paging.Next);
        Assert.Empty(empty.Data!);
        Assert.Null(empty.Paging);
    }

    [Fact]
    public void Webhook_OldFeedCommentWithNumericSender_KeepsIdsAuthorTextAndTime()
    {
        var e = Assert.Single(WebhookProcessor.Parse(File_("webhooks_feed-comment-add-25.json")));
        var edited = Assert.Single(WebhookProcessor.Parse(File_("webhooks_feed-comment-edited-25.json")));
        var removed = Assert.Single(WebhookProcessor.Parse(File_("webhooks_feed-comment-remove-25.json")));

        Assert.Equal(("901097836652708_903438993085259", "add", "1234567890321_901097836652708"), (e.ItemId, e.Verb, e.PostId));
        Assert.Equal("1234567890321", e.AuthorId);
        Assert.Equal("1234567890321", e.AccountId);
        Assert.Equal("and the next one", e.Message);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1449135003), e.CreatedTime);
        Assert.Equal("edited", edited.Verb);
        Assert.Equal("remove", removed.Verb);
        Assert.Null(removed.Message);
    }

    [Fact]
    public void Webhook_InstagramComment2021_KeepsCommentMediaAndParent()
    {
        var e = Assert.Single(WebhookProcessor.Parse(File_("instagram_wh-comments-2021.json")));
        var mention = Assert.Single(WebhookProcessor.Parse(File_("instagram_wh-mentions.json")));

        Assert.Equal(("123456789", "76543987", "987654321", "1234536447"), (e.ItemId, e.PostId, e.ParentId, e.AuthorId));
        Assert.Equal("This is an example.", e.Message);
        Assert.Equal("mention", mention.Verb);
        Assert.Equal("17887498072083520", mention.ItemId);
    }

    [Fact]
    public void Errors_Captures_KeepCodeSubcodeTraceAndTransientFlag()
    {
        var token = GraphResiliencePipelines.ParseError(File_("exampleErrorNew.json"))!;
        var unknown = GraphResiliencePipelines.ParseError(File_("oauthExampleError.json"))!;

        Assert.Equal((190, 460, "EJplcsCHuLu"), (token.Code, token.ErrorSubcode!.Value, token.FbtraceId!));
        Assert.Equal(GraphFailure.TokenInvalid, GraphClient.Classify(400, token));
        Assert.Equal(1, unknown.Code);
        Assert.False(unknown.IsTransient);
        Assert.Equal(GraphFailure.Rejected, GraphClient.Classify(400, unknown));
    }

    [Fact]
    public void DebugToken_NeverExpiringCaptureWithNumericIds_ReadsThemAsStrings()
    {
        var info = Read(File_("debug-token-info-4.json"), GraphJsonContext.Default.DebugTokenInfo);
        var wrapped = Read(File_("data-debug-token-info.json"), GraphJsonContext.Default.DebugTokenEnvelope).Data!;

        Assert.Equal("100000000000", info.AppId);
        Assert.Equal(0, info.ExpiresAt);
        Assert.Equal("123456789", info.ProfileId);
        Assert.Equal("1207059", wrapped.UserId);
        Assert.Equal(1352419328, wrapped.ExpiresAt);
    }

    [Fact]
    public void InstagramComment_CaptureWithReplies_KeepsReplyTextAndTime()
    {
        var comment = Read(File_("instagram_comment.json"), GraphJsonContext.Default.InstagramComment);
        var reply = comment.Replies!.Value.Deserialize(GraphJsonContext.Default.GraphList)!.Data!.Single().Deserialize(GraphJsonContext.Default.InstagramComment)!;

        Assert.Equal(("123456789", "Great!", "98765432123"), (comment.Id, comment.Text, comment.User!.Id));
        Assert.Equal(("1234567891", "yeah"), (reply.Id, reply.Text));
        Assert.Equal(new DateTimeOffset(2018, 2, 24, 16, 33, 6, TimeSpan.Zero), reply.Timestamp);
    }
}
