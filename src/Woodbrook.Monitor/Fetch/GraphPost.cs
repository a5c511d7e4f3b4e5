namespace Woodbrook.Monitor.Fetch;

/// <summary>A Facebook Page post as the feed lists it.</summary>
internal sealed record GraphPost(
    string? Id,
    string? Message,
    DateTimeOffset? CreatedTime,
    DateTimeOffset? UpdatedTime,
    GraphFrom? From,
    string? PermalinkUrl,
    bool? IsHidden);
