namespace Woodbrook.Monitor.Fetch;

/// <summary>The <c>value</c> of an Instagram <c>comments</c> or <c>mentions</c> change. The comment id comes as
/// <c>id</c> or, on some of Meta's own examples, <c>comment_id</c>.</summary>
internal sealed record InstagramChangeValue(
    string? Id,
    string? CommentId,
    string? MediaId,
    string? Text,
    GraphFrom? From,
    GraphRef? Media,
    string? ParentId);
