namespace Woodbrook.Monitor.GraphSandbox;

/// <summary>A Facebook post on the Page, or an Instagram media item.</summary>
internal sealed class SandboxPost
{
    public required string Id { get; init; }

    public required string Platform { get; init; }

    public string? Message { get; set; }

    public required DateTimeOffset Created { get; init; }

    /// <summary>Facebook moves this when the post is edited or commented on (an edit of a comment also moves it here).</summary>
    public required DateTimeOffset Updated { get; set; }

    public required string FromId { get; init; }

    public required string FromName { get; init; }

    /// <summary>A post a visitor wrote on the Page: comments on it cannot be hidden.</summary>
    public bool Visitor { get; init; }

    public bool Deleted { get; set; }

    /// <summary>Another account's Instagram media that mentions the account (in its caption or in a comment): not listed
    /// under the account's media, readable only through <c>mentioned_media</c> / <c>mentioned_comment</c>, and nothing
    /// on it can be hidden or deleted by the account.</summary>
    public bool Foreign { get; init; }
}
