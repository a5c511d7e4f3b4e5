namespace Woodbrook.Monitor.Fetch;

/// <summary>A comment as the fetch stage hands it to the store: only what moderation needs.</summary>
public sealed record FetchedComment(
    string SourceName,
    Platform Platform,
    string CommentId,
    string PostId,
    string? ParentId,
    string? PostText,
    string Text,
    string? AuthorId,
    string? AuthorName,
    string? Permalink,
    DateTimeOffset CreatedTime,
    bool IsHidden,
    bool? CanHide,
    bool? CanRemove,
    string RawJson);
