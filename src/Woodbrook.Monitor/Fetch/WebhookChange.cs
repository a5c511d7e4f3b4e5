using System.Text.Json;

namespace Woodbrook.Monitor.Fetch;

internal sealed record WebhookChange(string? Field, JsonElement Value);
