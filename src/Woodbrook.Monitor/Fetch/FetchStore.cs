using System.Security.Cryptography;
using System.Text;
using Dapper;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Fetch;

/// <summary>The fetch stage's SQL on <c>comments</c>, <c>fetch_posts</c> and <c>webhook_events</c>.</summary>
internal sealed class FetchStore(Database database, TimeProvider time)
{
    public static string PlatformName(Platform platform) => platform == Platform.Facebook ? "facebook" : "instagram";

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Inserts a comment, or updates its text when the text changed (an edit). Re-fetching the same comment
    /// changes nothing, so polling and webhooks can both deliver it.</summary>
    public async Task<StoreOutcome> UpsertAsync(FetchedComment comment, CancellationToken cancellationToken)
    {
        var platform = PlatformName(comment.Platform);
        var hash = Hash(comment.Text);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        var stored = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT text_hash FROM comments WHERE platform = @platform AND comment_id = @CommentId",
            new { platform, comment.CommentId }, cancellationToken: cancellationToken));
        if (stored == hash)
        {
            return StoreOutcome.Unchanged;
        }
        var rows = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO comments (platform, comment_id, source_name, post_id, parent_id, post_text, text, text_hash, author_id,
                                  author_name, permalink, created_time, fetched_at, is_hidden, can_hide, can_remove, raw_json)
            VALUES (@platform, @CommentId, @SourceName, @PostId, @ParentId, @PostText, @Text, @hash, @AuthorId,
                    @AuthorName, @Permalink, @created, @now, @hidden, @canHide, @canRemove, @RawJson)
            ON CONFLICT (platform, comment_id) DO UPDATE SET
                text = excluded.text, text_hash = excluded.text_hash, raw_json = excluded.raw_json,
                is_hidden = excluded.is_hidden, fetched_at = excluded.fetched_at
            WHERE comments.text_hash <> excluded.text_hash
            """,
            new
            {
                platform, comment.CommentId, comment.SourceName, comment.PostId, comment.ParentId, comment.PostText, comment.Text, hash,
                comment.AuthorId, comment.AuthorName, comment.Permalink, created = comment.CreatedTime.ToUnixTimeMilliseconds(), now,
                hidden = comment.IsHidden ? 1 : 0, canHide = Bit(comment.CanHide), canRemove = Bit(comment.CanRemove), comment.RawJson,
            }, cancellationToken: cancellationToken));
        return rows == 0 ? StoreOutcome.Unchanged : stored is null ? StoreOutcome.New : StoreOutcome.Edited;
    }

    /// <summary>Records the hidden state the API confirmed. Instagram drops hidden comments from its listings, so this
    /// local state is the only place it is kept.</summary>
    public async Task SetHiddenAsync(Platform platform, string commentId, bool hidden, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE comments SET is_hidden = @hidden WHERE platform = @platform AND comment_id = @commentId",
            new { hidden = hidden ? 1 : 0, platform = PlatformName(platform), commentId }, cancellationToken: cancellationToken));
    }

    public async Task<Dictionary<string, string>> PostActivityAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string PostId, string Activity)>(new CommandDefinition(
            "SELECT post_id, activity FROM fetch_posts WHERE source_name = @source", new { source }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.PostId, r => r.Activity, StringComparer.Ordinal);
    }

    public async Task SetPostActivityAsync(string source, string postId, string activity, DateTimeOffset created, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO fetch_posts (source_name, post_id, activity, created_time, read_at) VALUES (@source, @postId, @activity, @created, @now)
            ON CONFLICT (source_name, post_id) DO UPDATE SET activity = excluded.activity, read_at = excluded.read_at
            """, new { source, postId, activity, created = created.ToUnixTimeMilliseconds(), now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }

    /// <summary>Records a webhook event; false when the same event was already processed (a duplicate delivery). An
    /// event recorded but not processed (a crash, a failed fetch) is handed out again when Meta retries it.</summary>
    public async Task<bool> RecordWebhookEventAsync(string key, string @object, string field, string itemId, string verb, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO webhook_events (dedupe_key, object, field, item_id, verb, received_at) VALUES (@key, @object, @field, @itemId, @verb, @now)
            ON CONFLICT (dedupe_key) DO UPDATE SET received_at = excluded.received_at WHERE webhook_events.processed_at IS NULL
            """, new { key, @object, field, itemId, verb, now = time.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
        return rows == 1;
    }

    public async Task CompleteWebhookEventAsync(string key, string outcome, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE webhook_events SET processed_at = @now, outcome = @outcome WHERE dedupe_key = @key",
            new { key, outcome, now = time.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }

    private static int? Bit(bool? value) => value is null ? null : value.Value ? 1 : 0;
}
