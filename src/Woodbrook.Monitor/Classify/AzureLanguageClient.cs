using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Woodbrook.Monitor.Classify;

/// <summary>A small client for Azure AI Language's REST API (<c>POST {endpoint}/language/:analyze-text?api-version=2023-04-01</c>,
/// key in <c>Ocp-Apim-Subscription-Key</c>): PiiEntityRecognition and SentimentAnalysis with opinion mining. Batches at
/// most <see cref="MaxDocumentsPerRequest"/> documents a request and cuts each to <see cref="MaxDocumentLength"/> characters,
/// the service's synchronous limits for these tasks. A 429 is retried after Retry-After (a few times at most).</summary>
public sealed class AzureLanguageClient(HttpClient http, AzureLanguageOptions options, TimeProvider time, AzureLanguageHealth health, ILogger<AzureLanguageClient> logger)
    : ITextAnalysisClient
{
    public const string ApiVersion = "2023-04-01";
    public const int MaxDocumentsPerRequest = 5;
    public const int MaxDocumentLength = 5120;
    private const int MaxThrottleRetries = 3;

    public async Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<string> documents, CancellationToken cancellationToken)
    {
        var results = new List<TextAnalysis>(documents.Count);
        for (var offset = 0; offset < documents.Count; offset += MaxDocumentsPerRequest)
        {
            var batch = documents.Skip(offset).Take(MaxDocumentsPerRequest).Select(d => d.Length > MaxDocumentLength ? d[..MaxDocumentLength] : d).ToList();
            using var pii = await PostAsync(Body("PiiEntityRecognition", batch, null), cancellationToken);
            using var sentiment = await PostAsync(Body("SentimentAnalysis", batch, "{\"opinionMining\":true}"), cancellationToken);
            var entities = ReadPii(pii, batch.Count);
            var opinions = ReadSentiment(sentiment, batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                results.Add(new TextAnalysis(entities[i], opinions[i].Targets, opinions[i].Sentiment));
            }
        }
        return results;
    }

    private string Body(string kind, List<string> batch, string? parameters)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("kind", kind);
            w.WritePropertyName("parameters");
            if (parameters is null)
            {
                w.WriteStartObject();
                w.WriteString("modelVersion", "latest");
                w.WriteString("stringIndexType", "Utf16CodeUnit");
                w.WriteEndObject();
            }
            else
            {
                w.WriteRawValue(parameters.Replace("}", ",\"stringIndexType\":\"Utf16CodeUnit\"}", StringComparison.Ordinal));
            }
            w.WriteStartObject("analysisInput");
            w.WriteStartArray("documents");
            for (var i = 0; i < batch.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("id", i.ToString(CultureInfo.InvariantCulture));
                w.WriteString("language", options.Language);
                w.WriteString("text", batch[i]);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private async Task<JsonDocument> PostAsync(string body, CancellationToken cancellationToken)
    {
        var uri = new Uri(options.Endpoint!, $"language/:analyze-text?api-version={ApiVersion}");
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("Ocp-Apim-Subscription-Key", options.Key);
            health.RecordCall();
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxThrottleRetries)
            {
                health.RecordThrottled();
                var delay = RetryAfter(response.Headers.RetryAfter);
                ClassifyLog.AzureThrottled(logger, delay);
                await Task.Delay(delay, time, cancellationToken);
                continue;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"Azure AI Language answered {(int)response.StatusCode}", null, response.StatusCode);
            }
            await using var content = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonDocument.ParseAsync(content, cancellationToken: cancellationToken);
        }
    }

    private TimeSpan RetryAfter(RetryConditionHeaderValue? header)
    {
        var delay = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : TimeSpan.FromSeconds(1));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : delay;
    }

    private static List<PiiEntity>[] ReadPii(JsonDocument doc, int count)
    {
        var result = Enumerable.Range(0, count).Select(_ => new List<PiiEntity>()).ToArray();
        foreach (var d in Documents(doc))
        {
            var index = int.Parse(d.GetProperty("id").GetString()!, CultureInfo.InvariantCulture);
            if (index < 0 || index >= count || !d.TryGetProperty("entities", out var entities))
            {
                continue;
            }
            foreach (var e in entities.EnumerateArray())
            {
                result[index].Add(new PiiEntity(e.GetProperty("category").GetString() ?? "", e.GetProperty("text").GetString() ?? "",
                    e.GetProperty("offset").GetInt32(), e.GetProperty("length").GetInt32(), e.GetProperty("confidenceScore").GetDouble()));
            }
        }
        return result;
    }

    private static (List<OpinionTarget> Targets, string? Sentiment)[] ReadSentiment(JsonDocument doc, int count)
    {
        var result = Enumerable.Range(0, count).Select(_ => (new List<OpinionTarget>(), (string?)null)).ToArray();
        foreach (var d in Documents(doc))
        {
            var index = int.Parse(d.GetProperty("id").GetString()!, CultureInfo.InvariantCulture);
            if (index < 0 || index >= count)
            {
                continue;
            }
            result[index].Item2 = d.TryGetProperty("sentiment", out var s) ? s.GetString() : null;
            if (!d.TryGetProperty("sentences", out var sentences))
            {
                continue;
            }
            foreach (var sentence in sentences.EnumerateArray())
            {
                if (!sentence.TryGetProperty("targets", out var targets))
                {
                    continue;
                }
                foreach (var t in targets.EnumerateArray())
                {
                    var sentiment = t.GetProperty("sentiment").GetString() ?? "";
                    if (sentiment == "negative")
                    {
                        result[index].Item1.Add(new OpinionTarget(t.GetProperty("text").GetString() ?? "", t.GetProperty("offset").GetInt32(), t.GetProperty("length").GetInt32(), sentiment));
                    }
                }
            }
        }
        return result;
    }

    private static IEnumerable<JsonElement> Documents(JsonDocument doc) =>
        doc.RootElement.TryGetProperty("results", out var results) && results.TryGetProperty("documents", out var documents)
            ? documents.EnumerateArray()
            : [];
}
