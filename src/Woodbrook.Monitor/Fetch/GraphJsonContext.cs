using System.Text.Json;
using System.Text.Json.Serialization;

namespace Woodbrook.Monitor.Fetch;

/// <summary>Source-generated JSON for everything Graph sends. Lenient by design: unknown fields are ignored, ids may be
/// numbers, datetimes may be Graph's <c>+0000</c> form or Unix seconds.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(GraphTimeConverter), typeof(GraphIdConverter)])]
[JsonSerializable(typeof(GraphErrorEnvelope))]
[JsonSerializable(typeof(GraphList))]
[JsonSerializable(typeof(GraphPost))]
[JsonSerializable(typeof(GraphComment))]
[JsonSerializable(typeof(InstagramComment))]
[JsonSerializable(typeof(InstagramMedia))]
[JsonSerializable(typeof(IReadOnlyList<GraphBatchItem>))]
[JsonSerializable(typeof(DebugTokenEnvelope))]
[JsonSerializable(typeof(DebugTokenInfo))]
[JsonSerializable(typeof(WebhookEnvelope))]
[JsonSerializable(typeof(FeedChangeValue))]
[JsonSerializable(typeof(InstagramChangeValue))]
[JsonSerializable(typeof(FetchCheckpoint))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class GraphJsonContext : JsonSerializerContext;
