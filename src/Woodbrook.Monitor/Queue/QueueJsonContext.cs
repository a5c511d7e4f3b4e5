using System.Text.Json.Serialization;
using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Queue;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(List<Evidence>))]
[JsonSerializable(typeof(Dictionary<string, string?>))]
internal sealed partial class QueueJsonContext : JsonSerializerContext;
