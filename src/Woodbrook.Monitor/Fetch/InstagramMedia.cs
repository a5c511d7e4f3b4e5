namespace Woodbrook.Monitor.Fetch;

internal sealed record InstagramMedia(
    string? Id,
    string? Caption,
    DateTimeOffset? Timestamp,
    int? CommentsCount,
    string? Permalink,
    string? MediaType,
    string? MediaProductType);
