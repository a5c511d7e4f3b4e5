namespace Woodbrook.Monitor.Fetch;

/// <summary>The <c>value</c> of a Page <c>feed</c> change. Before v2.11 the author came as <c>sender_id</c> and
/// <c>sender_name</c>; both forms are read.</summary>
internal sealed record FeedChangeValue(
    string? Item,
    string? Verb,
    string? CommentId,
    string? PostId,
    string? ParentId,
    GraphFrom? From,
    string? SenderId,
    string? SenderName,
    string? Message,
    DateTimeOffset? CreatedTime,
    bool? IsHidden);
