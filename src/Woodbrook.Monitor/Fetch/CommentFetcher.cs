using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Woodbrook.Monitor.Fetch;

/// <summary>Reads what is new on one source and stores it in <c>comments</c>.
/// <para>Facebook: one feed request lists the most recently active posts with their <c>updated_time</c>, which moves when
/// a post gets a comment; only posts whose activity moved since they were last read are read again, all of them in
/// one Batch API call, each with <c>filter=stream</c> so replies at every level come in the same list. A cycle in
/// which nothing changed costs one request.</para>
/// <para>Instagram: media have no activity time, so the media list (one request for up to 100 media) is compared on
/// <c>comments_count</c>; changed media are read in one batch, replies through field expansion.</para>
/// <para>The checkpoint moves only past what was stored: a failure leaves it where it was and nothing is lost.</para></summary>
internal sealed class CommentFetcher(GraphClient graph, FetchStore store, SourceHealth health, IOptions<FetchOptions> options, TimeProvider time, ILogger<CommentFetcher> logger)
{
    internal const string FeedFields = "id,message,created_time,updated_time,from{id,name},permalink_url";
    internal const string FacebookCommentFields = "id,message,created_time,from{id,name},parent{id},is_hidden,can_hide,can_remove,comment_count,permalink_url";
    internal const string MediaFields = "id,caption,timestamp,comments_count,permalink,media_product_type";
    internal const string InstagramCommentFields = "id,text,timestamp,username,from{id,username},hidden,parent_id,like_count,media{id}";
    internal const string MentionedCommentFields = "id,text,timestamp,like_count,media{id,permalink}";
    internal const string MentionedMediaFields = "id,caption,media_type,comments_count,timestamp,permalink";
    private const int PageSize = 100;
    private const int InstagramPageSize = 50;
    private const int BatchSize = 50;

    private readonly FetchOptions _options = options.Value;

    public async Task<FetchRunResult> RunAsync(string sourceName, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (!_options.Sources.TryGetValue(sourceName, out var source))
        {
            return Skip(sourceName, FetchRunStatus.Skipped, "not configured");
        }
        if (!source.Enabled)
        {
            return Skip(sourceName, FetchRunStatus.Skipped, "disabled");
        }
        if (string.IsNullOrEmpty(source.AccessToken))
        {
            return Skip(sourceName, FetchRunStatus.Skipped, "no access token configured");
        }
        var state = await health.EnsureAsync(sourceName, source, cancellationToken);
        if (await health.ClearIfTokenReplacedAsync(state, source, cancellationToken))
        {
            state = await health.EnsureAsync(sourceName, source, cancellationToken);
        }
        if (state.Health == "unhealthy")
        {
            return Skip(sourceName, FetchRunStatus.Unhealthy, "the access token was refused; waiting for a new one");
        }
        var now = time.GetUtcNow();
        if (state.PausedUntil is { } paused && paused > now.ToUnixTimeMilliseconds())
        {
            return Skip(sourceName, FetchRunStatus.Paused, "paused for the rate limit until " + DateTimeOffset.FromUnixTimeMilliseconds(paused).ToString("u", CultureInfo.InvariantCulture));
        }

        var checkpoint = ParseCheckpoint(state.Checkpoint) ?? new FetchCheckpoint(null, (now - _options.Backfill).ToUnixTimeMilliseconds(), null);
        var run = new Run(sourceName, source, checkpoint);
        try
        {
            var next = source.Platform == Platform.Facebook
                ? await FetchFacebookAsync(run, cancellationToken)
                : await FetchInstagramAsync(run, now, cancellationToken);
            await health.SaveRunAsync(sourceName, JsonSerializer.Serialize(next, GraphJsonContext.Default.FetchCheckpoint), succeeded: run.Failed == 0, cancellationToken);
            if (graph.Usage.TryGetValue(sourceName, out var usage))
            {
                await health.RecordUsageAsync(sourceName, usage.MaxPercent, cancellationToken);
            }
            if (state.Health == "paused" && !health.IsPaused(sourceName, out _))
            {
                await health.ResumeAsync(sourceName, cancellationToken);
            }
            logger.Fetched(sourceName, source.Platform, run.New, run.Edited, run.Unchanged, run.SkippedOwn, run.Failed, run.PostsRead, run.PostsListed,
                time.GetElapsedTime(started).TotalMilliseconds);
            return run.Result(FetchRunStatus.Completed, null);
        }
        catch (GraphApiException ex)
        {
            var response = ex.Response;
            logger.FetchFailed(sourceName, response.Failure, response.Status, response.Error?.Code, response.Error?.ErrorSubcode, response.Error?.FbtraceId, ex);
            await health.SaveRunAsync(sourceName, null, succeeded: false, cancellationToken);
            var status = response.Failure switch
            {
                GraphFailure.RateLimited => FetchRunStatus.Paused,
                GraphFailure.TokenInvalid => FetchRunStatus.Unhealthy,
                _ => FetchRunStatus.Failed,
            };
            return run.Result(status, $"{response.Failure} (HTTP {response.Status}, code {response.Error?.Code}/{response.Error?.ErrorSubcode})");
        }
#pragma warning disable CA1031 // a run never throws: the job and the next cycle carry on, the checkpoint is unchanged
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.FetchCrashed(sourceName, ex);
            await health.SaveRunAsync(sourceName, null, succeeded: false, cancellationToken);
            return run.Result(FetchRunStatus.Failed, ex.GetType().Name);
        }
    }

    /// <summary>Fetches one comment now (a webhook said it changed) and stores it like polling would, so the two never
    /// duplicate. Null when the comment is gone or was written by the account itself.</summary>
    public async Task<StoreOutcome?> FetchCommentAsync(string sourceName, string commentId, string? postId, CancellationToken cancellationToken)
    {
        var source = graph.Source(sourceName);
        var fields = source.Platform == Platform.Facebook ? FacebookCommentFields : InstagramCommentFields;
        var response = await graph.SendAsync(sourceName, HttpMethod.Get, $"{Uri.EscapeDataString(commentId)}?fields={fields}", null, idempotent: true, cancellationToken);
        if (response.Failure == GraphFailure.NotFound)
        {
            return null;
        }
        if (!response.Succeeded)
        {
            throw new GraphApiException(response, "a comment");
        }
        using var document = JsonDocument.Parse(response.Body);
        var run = new Run(sourceName, source, new FetchCheckpoint(null, 0, null));
        if (source.Platform == Platform.Facebook)
        {
            var post = new GraphPost(postId ?? commentId.Split('_')[0], null, null, null, null, null, null);
            await StoreFacebookCommentAsync(run, post, document.RootElement, cancellationToken);
        }
        else
        {
            var comment = document.RootElement.Deserialize(GraphJsonContext.Default.InstagramComment);
            var media = new InstagramMedia(comment?.Media?.Id ?? postId ?? "", null, null, null, null, null, null);
            await StoreInstagramCommentAsync(run, media, document.RootElement, null, cancellationToken);
        }
        return run.Outcome;
    }

    /// <summary>Reads and stores one mention of the Instagram account on another account's media, announced by a
    /// <c>mentions</c> webhook: a comment (<paramref name="inComment"/>) or a caption. Such comments can only be read
    /// through the account's node, and the account can neither hide nor delete them, so they are stored with
    /// <c>can_hide</c> and <c>can_remove</c> false: a person can keep, escalate or report them, nothing more. Returns
    /// null when the mention is gone.</summary>
    public async Task<StoreOutcome?> FetchMentionAsync(string sourceName, string id, string? mediaId, bool inComment, CancellationToken cancellationToken)
    {
        var source = graph.Source(sourceName);
        if (source.Platform != Platform.Instagram || !IsGraphId(id))
        {
            throw new ArgumentException($"Not an Instagram mention id for source {sourceName}.", nameof(id));
        }
        var field = inComment ? $"mentioned_comment.comment_id({id}){{{MentionedCommentFields}}}" : $"mentioned_media.media_id({id}){{{MentionedMediaFields}}}";
        var response = await graph.SendAsync(sourceName, HttpMethod.Get, $"{Uri.EscapeDataString(source.AccountId)}?fields={field}", null, idempotent: true, cancellationToken);
        if (response.Failure == GraphFailure.NotFound)
        {
            return null;
        }
        if (!response.Succeeded)
        {
            throw new GraphApiException(response, "a mention");
        }
        // Read first, outside the per-item isolation: a malformed answer fails the webhook event, which then stays
        // unprocessed for Meta's redelivery, rather than being recorded as done.
        var mention = ReadMention(sourceName, response.Body, id, mediaId, inComment);
        var run = new Run(sourceName, source, new FetchCheckpoint(null, 0, null));
        await StoreAsync(run, id, () => mention, cancellationToken);
        if (run.Failed > 0)
        {
            throw new InvalidOperationException($"Mention {id} could not be stored.");
        }
        return run.Outcome;
    }

    /// <summary>The stored form of Graph's answer to a <c>mentioned_comment</c> or <c>mentioned_media</c> query: the
    /// comment's text (or the caption), with no author (Graph does not give one) and neither hideable nor removable.</summary>
    internal static FetchedComment ReadMention(string sourceName, string body, string id, string? mediaId, bool inComment)
    {
        using var document = JsonDocument.Parse(body);
        var name = inComment ? "mentioned_comment" : "mentioned_media";
        if (!document.RootElement.TryGetProperty(name, out var node) || node.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The answer about mention {id} has no {name} object.");
        }
        var raw = node.GetRawText();
        if (inComment)
        {
            var comment = node.Deserialize(GraphJsonContext.Default.InstagramComment);
            var media = node.TryGetProperty("media", out var m) && m.ValueKind == JsonValueKind.Object ? m.Deserialize(GraphJsonContext.Default.InstagramMedia) : null;
            return new FetchedComment(sourceName, Platform.Instagram, comment?.Id ?? id, media?.Id ?? mediaId ?? "", null, null, comment?.Text ?? "", null,
                comment?.From?.Username ?? comment?.Username, media?.Permalink, comment?.Timestamp ?? DateTimeOffset.UnixEpoch, false, false, false, raw);
        }
        var mentioning = node.Deserialize(GraphJsonContext.Default.InstagramMedia);
        return new FetchedComment(sourceName, Platform.Instagram, mentioning?.Id ?? id, mentioning?.Id ?? id, null, null, mentioning?.Caption ?? "", null, null,
            mentioning?.Permalink, mentioning?.Timestamp ?? DateTimeOffset.UnixEpoch, false, false, false, raw);
    }

    /// <summary>Graph ids are digits, with an underscore in Facebook's post and comment ids; anything else is not put into a
    /// field expansion.</summary>
    private static bool IsGraphId(string id) => id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiDigit(c) || c == '_');

    private async Task<FetchCheckpoint> FetchFacebookAsync(Run run, CancellationToken cancellationToken)
    {
        var pageId = run.Source.AccountId;
        var watermark = run.Checkpoint.Watermark ?? run.Checkpoint.BackfillFrom;
        var known = await store.PostActivityAsync(run.Name, cancellationToken);
        var changed = new List<(GraphPost Post, JsonElement Raw, long Updated)>();
        var newest = watermark;
        var list = await graph.GetListAsync(run.Name, $"{Uri.EscapeDataString(pageId)}/feed?fields={FeedFields}&limit={PageSize}", "the Page feed", cancellationToken);
        while (true)
        {
            var reachedRead = false;
            foreach (var element in list.Data ?? [])
            {
                var post = TryRead(run, element, GraphJsonContext.Default.GraphPost, "id");
                if (post?.Id is null)
                {
                    continue;
                }
                run.PostsListed++;
                var updated = (post.UpdatedTime ?? post.CreatedTime ?? DateTimeOffset.UnixEpoch).ToUnixTimeMilliseconds();
                if (updated <= watermark)
                {
                    // The feed lists the most recently active posts first: from here on, everything was read before.
                    reachedRead = true;
                    continue;
                }
                newest = Math.Max(newest, updated);
                if (known.TryGetValue(post.Id, out var seen) && seen == Activity(updated))
                {
                    continue;
                }
                changed.Add((post, element.Clone(), updated));
            }
            if (reachedRead || list.Paging?.Next is null)
            {
                break;
            }
            list = await graph.GetNextAsync(run.Name, list.Paging.Next, "the Page feed", cancellationToken);
        }

        var allRead = true;
        foreach (var (post, raw, _) in changed)
        {
            // A visitor's post on the Page is watched like a comment: it is someone else's words on the practice's Page.
            if (post.From?.Id is { } author && author != pageId)
            {
                await StoreAsync(run, post.Id, () => new FetchedComment(run.Name, Platform.Facebook, post.Id!, post.Id!, null, null, post.Message ?? "",
                    author, post.From.Name, post.PermalinkUrl, post.CreatedTime ?? DateTimeOffset.UnixEpoch, post.IsHidden ?? false, null, null, raw.GetRawText()),
                    cancellationToken);
            }
        }
        foreach (var chunk in changed.Chunk(BatchSize))
        {
            var urls = chunk.Select(c => $"{Uri.EscapeDataString(c.Post.Id!)}/comments?filter=stream&order=reverse_chronological&limit={PageSize}&fields={FacebookCommentFields}").ToList();
            var responses = await ReadAsync(run, urls, cancellationToken);
            for (var i = 0; i < chunk.Length; i++)
            {
                var (post, _, updated) = chunk[i];
                run.PostsRead++;
                var read = await ReadPagesAsync(run, post.Id!, responses[i], (element, ct) => StoreFacebookCommentAsync(run, post, element, ct), cancellationToken);
                if (read)
                {
                    await store.SetPostActivityAsync(run.Name, post.Id!, Activity(updated), post.CreatedTime ?? DateTimeOffset.UnixEpoch, cancellationToken);
                }
                allRead &= read;
            }
        }
        return run.Checkpoint with { Watermark = allRead ? newest : watermark };
    }

    private async Task<FetchCheckpoint> FetchInstagramAsync(Run run, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var accountId = run.Source.AccountId;
        var checkpoint = run.Checkpoint;
        if (checkpoint.Username is null)
        {
            // Once, so that the account's own replies are recognised by username as well as by id.
            var account = await graph.GetAsync(run.Name, $"{Uri.EscapeDataString(accountId)}?fields=id,username", GraphJsonContext.Default.GraphFrom, "the Instagram account", cancellationToken);
            checkpoint = checkpoint with { Username = account.Username ?? "" };
            run.Checkpoint = checkpoint;
        }
        var firstRun = checkpoint.Watermark is null;
        var windowStart = now - _options.InstagramMediaWindow;
        var known = await store.PostActivityAsync(run.Name, cancellationToken);
        var changed = new List<InstagramMedia>();
        var list = await graph.GetListAsync(run.Name, $"{Uri.EscapeDataString(accountId)}/media?fields={MediaFields}&limit={PageSize}", "the Instagram media", cancellationToken);
        while (true)
        {
            var pastWindow = false;
            foreach (var element in list.Data ?? [])
            {
                var media = TryRead(run, element, GraphJsonContext.Default.InstagramMedia, "id");
                if (media?.Id is null)
                {
                    continue;
                }
                if (media.Timestamp is { } at && at < windowStart)
                {
                    pastWindow = true;
                    continue;
                }
                run.PostsListed++;
                var activity = Activity(media.CommentsCount ?? -1);
                if (known.TryGetValue(media.Id, out var seen) && seen == activity)
                {
                    continue;
                }
                if (firstRun && media.CommentsCount == 0)
                {
                    await store.SetPostActivityAsync(run.Name, media.Id, activity, media.Timestamp ?? now, cancellationToken);
                    continue;
                }
                changed.Add(media);
            }
            if (pastWindow || list.Paging?.Next is null)
            {
                break;
            }
            list = await graph.GetNextAsync(run.Name, list.Paging.Next, "the Instagram media", cancellationToken);
        }

        var allRead = true;
        foreach (var chunk in changed.Chunk(BatchSize))
        {
            var urls = chunk.Select(m => $"{Uri.EscapeDataString(m.Id!)}/comments?fields={InstagramCommentFields},replies{{{InstagramCommentFields}}}&limit={InstagramPageSize}").ToList();
            var responses = await ReadAsync(run, urls, cancellationToken);
            for (var i = 0; i < chunk.Length; i++)
            {
                var media = chunk[i];
                run.PostsRead++;
                var read = await ReadPagesAsync(run, media.Id!, responses[i], (element, ct) => StoreInstagramCommentAsync(run, media, element, null, ct), cancellationToken);
                if (read)
                {
                    await store.SetPostActivityAsync(run.Name, media.Id!, Activity(media.CommentsCount ?? -1), media.Timestamp ?? now, cancellationToken);
                }
                allRead &= read;
            }
        }
        return checkpoint with { Watermark = allRead ? now.ToUnixTimeMilliseconds() : checkpoint.Watermark };
    }

    /// <summary>One request for one post, a Batch API call for several.</summary>
    private async Task<IReadOnlyList<GraphResponse>> ReadAsync(Run run, IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        if (urls.Count == 1)
        {
            return [await graph.SendAsync(run.Name, HttpMethod.Get, urls[0], null, idempotent: true, cancellationToken)];
        }
        return await graph.BatchGetAsync(run.Name, urls, cancellationToken);
    }

    /// <summary>Stores every item of a comments listing, following <c>next</c> to the end. False when the post has to be
    /// read again next cycle. A dead token or a throttle stops the whole run (by throwing); anything else stops this post.</summary>
    private async Task<bool> ReadPagesAsync(Run run, string postId, GraphResponse first, Func<JsonElement, CancellationToken, Task<bool>> storeItem, CancellationToken cancellationToken)
    {
        var response = first;
        GraphList? list = null;
        while (true)
        {
            if (response.Failure is GraphFailure.RateLimited or GraphFailure.TokenInvalid or GraphFailure.CircuitOpen)
            {
                throw new GraphApiException(response, "comments of a post");
            }
            if (response.Failure == GraphFailure.NotFound)
            {
                // The post was deleted since it was listed: nothing more to read on it.
                return true;
            }
            if (!response.Succeeded)
            {
                logger.PostReadFailed(run.Name, postId, response.Failure, response.Error?.Code, response.Error?.ErrorSubcode);
                return false;
            }
            try
            {
                list = graph.ReadList(response, "comments of a post");
            }
            catch (GraphApiException)
            {
                logger.PostReadFailed(run.Name, postId, GraphFailure.Malformed, null, null);
                run.Failed++;
                return false;
            }
            var ok = true;
            foreach (var element in list.Data ?? [])
            {
                ok &= await storeItem(element, cancellationToken);
            }
            if (!ok)
            {
                return false;
            }
            if (list.Paging?.Next is not { } next)
            {
                return true;
            }
            response = await graph.SendAsync(run.Name, HttpMethod.Get, GraphClient.RelativeOf(next), null, idempotent: true, cancellationToken);
        }
    }

    private async Task<bool> StoreFacebookCommentAsync(Run run, GraphPost post, JsonElement element, CancellationToken cancellationToken)
    {
        var comment = TryRead(run, element, GraphJsonContext.Default.GraphComment, "id");
        if (comment?.Id is null)
        {
            return false;
        }
        if (comment.From?.Id == run.Source.AccountId)
        {
            run.SkippedOwn++;
            return true;
        }
        var created = comment.CreatedTime ?? DateTimeOffset.UnixEpoch;
        if (created.ToUnixTimeMilliseconds() < run.Checkpoint.BackfillFrom)
        {
            return true;
        }
        return await StoreAsync(run, comment.Id, () => new FetchedComment(run.Name, Platform.Facebook, comment.Id, post.Id!, comment.Parent?.Id, post.Message,
            comment.Message ?? "", comment.From?.Id, comment.From?.Name, comment.PermalinkUrl, created, comment.IsHidden ?? false,
            comment.CanHide, comment.CanRemove, element.GetRawText()), cancellationToken);
    }

    private async Task<bool> StoreInstagramCommentAsync(Run run, InstagramMedia media, JsonElement element, string? parentId, CancellationToken cancellationToken)
    {
        var comment = TryRead(run, element, GraphJsonContext.Default.InstagramComment, "id");
        if (comment?.Id is null)
        {
            return false;
        }
        var ok = true;
        var username = comment.From?.Username ?? comment.Username;
        var own = comment.From?.Id == run.Source.AccountId || (!string.IsNullOrEmpty(username) && username == run.Checkpoint.Username);
        var created = comment.Timestamp ?? DateTimeOffset.UnixEpoch;
        if (own)
        {
            run.SkippedOwn++;
        }
        else if (created.ToUnixTimeMilliseconds() >= run.Checkpoint.BackfillFrom)
        {
            var raw = element.GetRawText();
            ok = await StoreAsync(run, comment.Id, () => new FetchedComment(run.Name, Platform.Instagram, comment.Id, media.Id ?? comment.Media?.Id ?? "",
                comment.ParentId ?? parentId, media.Caption, comment.Text ?? "", comment.From?.Id ?? comment.User?.Id, username,
                media.Permalink, created, comment.Hidden ?? false, null, null, raw), cancellationToken);
        }
        if (comment.Replies is { ValueKind: JsonValueKind.Object } replies)
        {
            var response = new GraphResponse(200, replies.GetRawText(), null, null);
            ok &= await ReadPagesAsync(run, comment.Id, response, (reply, ct) => StoreInstagramCommentAsync(run, media, reply, comment.Id, ct), cancellationToken);
        }
        return ok;
    }

    private async Task<bool> StoreAsync(Run run, string? itemId, Func<FetchedComment> build, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await store.UpsertAsync(build(), cancellationToken);
            switch (outcome)
            {
                case StoreOutcome.New:
                    run.New++;
                    break;
                case StoreOutcome.Edited:
                    run.Edited++;
                    break;
                default:
                    run.Unchanged++;
                    break;
            }
            logger.CommentStored(run.Name, itemId ?? "", outcome.ToString());
            return true;
        }
#pragma warning disable CA1031 // per-item isolation: one bad comment never sinks the run
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.ItemFailed(run.Name, itemId, ex);
            run.Failed++;
            return false;
        }
    }

    private T? TryRead<T>(Run run, JsonElement element, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string idProperty) where T : class
    {
        try
        {
            return element.Deserialize(type);
        }
        catch (JsonException ex)
        {
            var id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty(idProperty, out var value) ? value.ToString() : null;
            logger.ItemFailed(run.Name, id, ex);
            run.Failed++;
            return null;
        }
    }

    private FetchRunResult Skip(string sourceName, FetchRunStatus status, string reason)
    {
        logger.FetchSkipped(sourceName, reason);
        return new FetchRunResult(sourceName, status, 0, 0, 0, 0, 0, 0, 0, reason);
    }

    private static string Activity(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static FetchCheckpoint? ParseCheckpoint(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(json, GraphJsonContext.Default.FetchCheckpoint);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Run(string name, SourceOptions source, FetchCheckpoint checkpoint)
    {
        public string Name { get; } = name;

        public SourceOptions Source { get; } = source;

        public FetchCheckpoint Checkpoint { get; set; } = checkpoint;

        public int PostsListed { get; set; }

        public int PostsRead { get; set; }

        public int New { get; set; }

        public int Edited { get; set; }

        public int Unchanged { get; set; }

        public int SkippedOwn { get; set; }

        public int Failed { get; set; }

        /// <summary>What storing a single item came to (null when nothing was stored).</summary>
        public StoreOutcome? Outcome => New > 0 ? StoreOutcome.New : Edited > 0 ? StoreOutcome.Edited : Unchanged > 0 ? StoreOutcome.Unchanged : null;

        public FetchRunResult Result(FetchRunStatus status, string? detail) =>
            new(Name, status, PostsListed, PostsRead, New, Edited, Unchanged, SkippedOwn, Failed, detail);
    }
}
