using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Woodbrook.Monitor.Fetch;

/// <summary>Turns a verified webhook delivery into stored comments at once: each comment change is recorded (duplicates
/// dropped), then the comment is fetched and stored exactly as polling would store it, so the two never duplicate.
/// Polling still runs: Meta drops deliveries after 36 hours and sends no edit or delete events for Instagram.</summary>
internal sealed class WebhookProcessor(CommentFetcher fetcher, FetchStore store, IOptions<FetchOptions> options, ILogger<WebhookProcessor> logger)
{
    private readonly FetchOptions _options = options.Value;

    public static IReadOnlyList<WebhookEvent> Parse(string body)
    {
        var envelope = JsonSerializer.Deserialize(body, GraphJsonContext.Default.WebhookEnvelope);
        var events = new List<WebhookEvent>();
        var @object = envelope?.Object ?? "";
        foreach (var entry in envelope?.Entry ?? [])
        {
            var changes = entry.Changes ?? (entry.Field is not null && entry.Value is { } value ? [new WebhookChange(entry.Field, value)] : []);
            foreach (var change in changes)
            {
                if (change.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }
                if (@object == "page" && change.Field == "feed")
                {
                    var feed = change.Value.Deserialize(GraphJsonContext.Default.FeedChangeValue);
                    if (feed is { Item: "comment", CommentId: { } commentId })
                    {
                        events.Add(new WebhookEvent(@object, "feed", entry.Id ?? "", commentId, feed.Verb ?? "", feed.PostId, feed.ParentId,
                            feed.From?.Id ?? feed.SenderId, feed.Message, feed.CreatedTime, feed.IsHidden));
                    }
                }
                else if (@object == "instagram" && change.Field is "comments" or "live_comments")
                {
                    var ig = change.Value.Deserialize(GraphJsonContext.Default.InstagramChangeValue);
                    if ((ig?.Id ?? ig?.CommentId) is { } commentId)
                    {
                        events.Add(new WebhookEvent(@object, change.Field, entry.Id ?? "", commentId, "add", ig!.Media?.Id, ig.ParentId, ig.From?.Id, ig.Text,
                            null, null));
                    }
                }
                else if (@object == "instagram" && change.Field == "mentions")
                {
                    var mention = change.Value.Deserialize(GraphJsonContext.Default.InstagramChangeValue);
                    if ((mention?.CommentId ?? mention?.MediaId) is { } id)
                    {
                        // comment_id is absent when the mention is in a caption.
                        events.Add(new WebhookEvent(@object, "mentions", entry.Id ?? "", id, mention!.CommentId is null ? "caption_mention" : "mention",
                            mention.MediaId, null, null, null, null, null));
                    }
                }
            }
        }
        return events;
    }

    public async Task<(int Events, int Duplicates, int Stored)> ProcessAsync(string body, CancellationToken cancellationToken)
    {
        var events = Parse(body);
        int duplicates = 0, stored = 0;
        foreach (var e in events)
        {
            var key = $"{e.Object}:{e.Field}:{e.ItemId}:{e.Verb}:{(e.Message is null ? "" : FetchStore.Hash(e.Message)[..16])}";
            if (!await store.RecordWebhookEventAsync(key, e.Object, e.Field, e.ItemId, e.Verb, cancellationToken))
            {
                duplicates++;
                continue;
            }
            try
            {
                var outcome = await HandleAsync(e, cancellationToken);
                stored += outcome == "stored" ? 1 : 0;
                await store.CompleteWebhookEventAsync(key, outcome, cancellationToken);
            }
#pragma warning disable CA1031 // per-event isolation: the event stays unprocessed and polling covers the comment
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.WebhookEventFailed(key, ex);
            }
        }
        logger.WebhookReceived(events.Count, duplicates, stored);
        return (events.Count, duplicates, stored);
    }

    private async Task<string> HandleAsync(WebhookEvent e, CancellationToken cancellationToken)
    {
        var platform = e.Object == "page" ? Platform.Facebook : Platform.Instagram;
        var candidates = _options.Sources.Where(s => s.Value.Enabled && s.Value.Platform == platform).ToList();
        // Old Instagram deliveries carry entry id "0": with one Instagram source there is no doubt which it is.
        var source = candidates.FirstOrDefault(s => s.Value.AccountId == e.AccountId);
        if (source.Key is null && candidates.Count == 1 && e.AccountId is "" or "0")
        {
            source = candidates[0];
        }
        if (source.Key is null)
        {
            return "no matching source";
        }
        if (e.AuthorId is not null && e.AuthorId == source.Value.AccountId)
        {
            return "written by the account itself";
        }
        switch (e.Verb)
        {
            case "add" or "edited" or "edit":
                var outcome = await fetcher.FetchCommentAsync(source.Key, e.ItemId, e.PostId, cancellationToken);
                return outcome is StoreOutcome.New or StoreOutcome.Edited ? "stored" : outcome is null ? "gone or own" : "unchanged";
            case "hide" or "unhide":
                await store.SetHiddenAsync(platform, e.ItemId, e.Verb == "hide", cancellationToken);
                return e.Verb;
            case "remove" or "delete":
                return "removed on the platform";
            case "mention" or "caption_mention":
                // Mentions on other people's media cannot be hidden or deleted by the account, but a person should still
                // see one that breaks the code (to keep, escalate or report it): they are stored as unremovable.
                var mention = await fetcher.FetchMentionAsync(source.Key, e.ItemId, e.PostId, e.Verb == "mention", cancellationToken);
                return mention is StoreOutcome.New or StoreOutcome.Edited ? "stored" : mention is null ? "gone" : "unchanged";
            default:
                return "ignored";
        }
    }
}
