using System.Text.Json;

namespace Woodbrook.Monitor.Fetch;

/// <summary>One entry. Facebook Login deliveries carry <see cref="Changes"/>; the Instagram Login variant puts
/// <see cref="Field"/> and <see cref="Value"/> straight on the entry. Both are read.</summary>
internal sealed record WebhookEntry(string? Id, long? Time, IReadOnlyList<WebhookChange>? Changes, string? Field, JsonElement? Value);
