namespace Woodbrook.Monitor.Fetch;

/// <summary>A webhook delivery: <c>object</c> is <c>page</c> or <c>instagram</c>; several entries may arrive at once.</summary>
internal sealed record WebhookEnvelope(string? Object, IReadOnlyList<WebhookEntry>? Entry);
