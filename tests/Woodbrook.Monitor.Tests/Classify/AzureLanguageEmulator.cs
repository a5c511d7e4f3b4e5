using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>A loopback emulator of Azure AI Language's analyze-text endpoint (127.0.0.1, a free port): finds
/// "NHS 943 476 5919"-style numbers as UKNationalHealthNumber and the word "service" as a negative opinion target.
/// It can throttle the first N requests (429 + Retry-After), fail (500) or hang.</summary>
internal sealed class AzureLanguageEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _throttleRemaining;

    public AzureLanguageEmulator(int throttleFirst = 0, bool fail = false, TimeSpan? hang = null)
    {
        _throttleRemaining = throttleFirst;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/language/{operation}", async (HttpContext context) =>
        {
            Requests++;
            if (context.Request.Headers["Ocp-Apim-Subscription-Key"] != "test-key" || context.Request.RouteValues["operation"] as string != ":analyze-text"
                || context.Request.Query["api-version"] != "2023-04-01")
            {
                context.Response.StatusCode = 401;
                return;
            }
            if (Interlocked.Decrement(ref _throttleRemaining) >= 0)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                return;
            }
            if (fail)
            {
                context.Response.StatusCode = 500;
                return;
            }
            if (hang is { } h)
            {
                await Task.Delay(h, TimeProvider.System, context.RequestAborted);
            }
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            var kind = body.RootElement.GetProperty("kind").GetString();
            var documents = body.RootElement.GetProperty("analysisInput").GetProperty("documents").EnumerateArray().ToList();
            MaxBatch = Math.Max(MaxBatch, documents.Count);
            context.Response.ContentType = "application/json";
            await using var w = new Utf8JsonWriter(context.Response.Body);
            w.WriteStartObject();
            w.WriteString("kind", kind + "Results");
            w.WriteStartObject("results");
            w.WriteStartArray("documents");
            foreach (var d in documents)
            {
                var text = d.GetProperty("text").GetString()!;
                w.WriteStartObject();
                w.WriteString("id", d.GetProperty("id").GetString());
                if (kind == "PiiEntityRecognition")
                {
                    w.WriteStartArray("entities");
                    var at = text.IndexOf("943 476 5919", StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        w.WriteStartObject();
                        w.WriteString("text", "943 476 5919");
                        w.WriteString("category", "UKNationalHealthNumber");
                        w.WriteNumber("offset", at);
                        w.WriteNumber("length", 12);
                        w.WriteNumber("confidenceScore", 0.95);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                else
                {
                    var at = text.IndexOf("service", StringComparison.Ordinal);
                    w.WriteString("sentiment", at >= 0 ? "negative" : "neutral");
                    w.WriteStartArray("sentences");
                    w.WriteStartObject();
                    w.WriteStartArray("targets");
                    if (at >= 0)
                    {
                        w.WriteStartObject();
                        w.WriteString("sentiment", "negative");
                        w.WriteString("text", "service");
                        w.WriteNumber("offset", at);
                        w.WriteNumber("length", 7);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    public int Requests { get; private set; }

    public int MaxBatch { get; private set; }

    public Uri Endpoint => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    public async Task StartAsync(CancellationToken cancellationToken) => await _app.StartAsync(cancellationToken);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
