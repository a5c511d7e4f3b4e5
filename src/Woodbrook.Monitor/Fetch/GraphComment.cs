namespace Woodbrook.Monitor.Fetch;

/// <summary>A Facebook comment. <see cref="Message"/> can be missing (sticker or photo only), and so can
/// <see cref="From"/> (privacy, deleted accounts).</summary>
internal sealed record GraphComment(
    string? Id,
    string? Message,
    DateTimeOffset? CreatedTime,
    GraphFrom? From,
    GraphRef? Parent,
    GraphRef? Object,
    bool? IsHidden,
    bool? CanHide,
    bool? CanRemove,
    int? CommentCount,
    string? PermalinkUrl);
