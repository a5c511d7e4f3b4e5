using System.Security.Cryptography;
using System.Text;
using Woodbrook.Monitor.Classify;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Tests.Support;

/// <summary>Test data builders.</summary>
public static class Some
{
    private static int _next;

    public static PracticeOptions Practice() => new()
    {
        Practice = "Woodbrook Medical Centre",
        ComplaintsProcedure = "https://www.woodbrookmedicalcentre.co.uk/complaints",
        Staff = [new StaffMember { Name = "Sarah Patel", Role = "GP Partner", Aliases = ["Dr Patel"] }],
    };

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Stores a fetched comment as the fetch stage would; returns its row id.</summary>
    public static async Task<long> CommentAsync(TestStore store, string text, string? commentId = null, string platform = "facebook", string source = "facebook")
    {
        commentId ??= "100_" + Interlocked.Increment(ref _next);
        await store.ExecuteAsync("""
            INSERT INTO comments (platform, comment_id, source_name, post_id, post_text, text, text_hash, author_id, author_name, permalink,
                                  created_time, fetched_at, is_hidden, can_hide, can_remove, raw_json)
            VALUES (@platform, @commentId, @source, '100_1', 'Flu clinic on Saturday', @text, @hash, '7001', 'A Patient',
                    'https://www.facebook.com/100/posts/1?comment_id=2', @now, @now, 0, 1, 1, @raw)
            """, new { platform, commentId, source, text, hash = Hash(text), now = store.Time.GetUtcNow().ToUnixTimeMilliseconds(), raw = $$"""{"id":"{{commentId}}"}""" });
        return await store.ScalarAsync("SELECT id FROM comments WHERE comment_id = @commentId", new { commentId });
    }

    /// <summary>A stored comment screened into a pending case by the real screening stage; returns the case id.</summary>
    public static async Task<long> PendingCaseAsync(TestStore store, string text = "Dr Patel is a drunk and should be struck off")
    {
        var row = await CommentAsync(store, text);
        var screening = new CommentScreening(store.Database, new CommentClassifier(Practice()), store.Audit,
            Microsoft.Extensions.Options.Options.Create(new QueueOptions()), store.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<CommentScreening>.Instance);
        await screening.RunAsync(CancellationToken.None);
        return await store.ScalarAsync("SELECT id FROM cases WHERE comment_row = @row", new { row });
    }
}
