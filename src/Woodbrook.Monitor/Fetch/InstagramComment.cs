using System.Text.Json;

namespace Woodbrook.Monitor.Fetch;

/// <summary>An Instagram comment. <see cref="Replies"/> is kept raw (a nested page) and read like any other page.</summary>
internal sealed record InstagramComment(
    string? Id,
    string? Text,
    DateTimeOffset? Timestamp,
    string? Username,
    GraphFrom? From,
    GraphRef? User,
    bool? Hidden,
    string? ParentId,
    GraphRef? Media,
    int? LikeCount,
    JsonElement? Replies);
