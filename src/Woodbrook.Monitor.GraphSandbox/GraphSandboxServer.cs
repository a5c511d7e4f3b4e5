using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Woodbrook.Monitor.GraphSandbox;

/// <summary>An emulator of the Graph API calls Woodbrook Monitor makes, on Kestrel over loopback. The demo and the
/// tests run it; it records every moderation call it receives.</summary>
public sealed partial class GraphSandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxGraph _graph;
    private int _requestCount;
    private int _callCount;

    private GraphSandboxServer(WebApplication app, SandboxGraph graph)
    {
        _app = app;
        _graph = graph;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public string FacebookPageId => _graph.PageId;

    public string InstagramAccountId => _graph.InstagramId;

    public string AccessToken => _graph.AccessToken;

    public string AppId => _graph.AppId;

    public string AppSecret => _graph.AppSecret;

    public IReadOnlyList<SandboxAction> Actions => _graph.Actions;

    /// <summary>HTTP requests to Graph endpoints (a batch is one), not counting <c>/_sandbox</c> calls.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Graph calls as Meta's rate limits count them: each sub-request of a batch is one.</summary>
    public int CallCount => Volatile.Read(ref _callCount);

    /// <summary>The usage the rate-limit headers report from now on.</summary>
    public SandboxUsage Usage
    {
        get => _graph.Usage;
        set => _graph.Usage = value;
    }

    /// <summary>What <c>debug_token</c> reports as the token's expiry; null = never expires.</summary>
    public DateTimeOffset? TokenExpiresAt
    {
        get => _graph.TokenExpiresAt;
        set => _graph.TokenExpiresAt = value;
    }

    public static async Task<GraphSandboxServer> StartAsync(GraphSandboxOptions options, CancellationToken cancellationToken)
    {
        var scenario = SandboxScenario.Parse(options.ScenarioJson);
        var graph = new SandboxGraph(scenario, options.Time ?? TimeProvider.System, options.AccessToken, options.AppId, options.AppSecret);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var server = new GraphSandboxServer(app, graph);
        server.Map(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        graph.BaseUrl = server.BaseUrl;
        return server;
    }

    public string AddPost(string platform, string? message, TimeSpan age, bool visitor = false, string? author = null) =>
        _graph.AddPost(platform, message, age, visitor, author);

    /// <summary>Adds a comment (or, with <paramref name="parentId"/>, a reply) written now; returns its id.</summary>
    public string AddComment(string platform, string objectId, string text, string? parentId = null, string? author = null) =>
        _graph.AddComment(platform, objectId, text, parentId, author, TimeSpan.Zero);

    /// <summary>Another account's Instagram media mentioning the account: with <paramref name="comment"/>, a comment on it
    /// (returns the comment's id); without, a caption mention (returns the media's id). Neither is listed under the
    /// account's media, and the account can neither hide nor delete them; a webhook delivery about the id is a
    /// <c>mentions</c> change.</summary>
    public string AddMention(string? caption, string? comment = null, string? author = null) =>
        _graph.AddMention(caption, comment, author, TimeSpan.Zero);

    public void EditComment(string commentId, string text) => _graph.EditComment(commentId, text);

    /// <summary>Deletes a comment as its author would: later calls on it get 100/33.</summary>
    public void DeleteComment(string commentId) => _graph.DeleteComment(commentId);

    public void InjectFault(SandboxFault fault) => _graph.AddFault(fault);

    public void ClearFaults() => _graph.ClearFaults();

    public void ResetCounts()
    {
        Interlocked.Exchange(ref _requestCount, 0);
        Interlocked.Exchange(ref _callCount, 0);
    }

    /// <summary>Facebook post ids (platform "facebook") or Instagram media ids ("instagram"), newest first.</summary>
    public IReadOnlyList<string> PostIds(string platform) => _graph.PostIds(platform);

    public IReadOnlyList<string> CommentIds(string objectId) => _graph.CommentIds(objectId);

    /// <summary>A webhook delivery about a comment as Meta would send it: the body and its <c>X-Hub-Signature-256</c>
    /// header value, signed with <see cref="AppSecret"/>.</summary>
    public (string Body, string Signature) CreateWebhookDelivery(string commentId, string verb)
    {
        var body = _graph.WebhookBody(commentId, verb);
        return (body, Sign(body, AppSecret));
    }

    public static string Sign(string body, string appSecret) =>
        "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(body)));

    /// <summary>Posts a signed webhook delivery about a comment to <paramref name="callbackUrl"/>.</summary>
    public async Task<HttpStatusCode> DeliverWebhookAsync(Uri callbackUrl, string commentId, string verb, CancellationToken cancellationToken)
    {
        var (body, signature) = CreateWebhookDelivery(commentId, verb);
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, callbackUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Hub-Signature-256", signature);
        using var response = await client.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/_sandbox/actions", () => Results.Json(_graph.Actions.Select(a => new JsonObject
        {
            ["id"] = a.Id,
            ["action"] = a.Action,
            ["platform"] = a.Platform,
            ["at"] = a.At.ToString("O", CultureInfo.InvariantCulture),
        }).ToList()));
        app.MapGet("/_sandbox/requests", () => Results.Json(new JsonObject { ["requests"] = RequestCount, ["calls"] = CallCount }));
        app.MapPost("/_sandbox/comments", async (HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var platform = body?["platform"]?.GetValue<string>() ?? "facebook";
            var objectId = body?["post_id"]?.GetValue<string>() ?? body?["media_id"]?.GetValue<string>();
            var text = body?["text"]?.GetValue<string>();
            if (objectId is null || text is null)
            {
                return Results.BadRequest(new JsonObject { ["error"] = "platform, post_id or media_id, and text are required" });
            }
            try
            {
                var id = _graph.AddComment(platform, objectId, text, body?["parent_id"]?.GetValue<string>(), body?["author"]?.GetValue<string>(), TimeSpan.Zero);
                return Results.Json(new JsonObject { ["id"] = id });
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(new JsonObject { ["error"] = ex.Message });
            }
        });
        app.MapPost("/_sandbox/mentions", async (HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var caption = body?["caption"]?.GetValue<string>();
            var text = body?["text"]?.GetValue<string>();
            if (caption is null && text is null)
            {
                return Results.BadRequest(new JsonObject { ["error"] = "caption (a caption mention) or text (a comment mention) is required" });
            }
            var id = _graph.AddMention(caption, text, body?["author"]?.GetValue<string>(), TimeSpan.Zero);
            return Results.Json(new JsonObject { ["id"] = id });
        });
        app.MapPost("/_sandbox/edits", async (HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var id = body?["id"]?.GetValue<string>();
            var text = body?["text"]?.GetValue<string>();
            if (id is null || text is null)
            {
                return Results.BadRequest(new JsonObject { ["error"] = "id and text are required" });
            }
            _graph.EditComment(id, text);
            return Results.NoContent();
        });
        app.MapPost("/_sandbox/faults", async (HttpContext context) =>
        {
            var fault = await JsonSerializer.DeserializeAsync<SandboxFault>(context.Request.Body, SandboxScenario.Json, context.RequestAborted);
            if (fault is null)
            {
                return Results.BadRequest();
            }
            _graph.AddFault(fault);
            return Results.NoContent();
        });
        app.MapDelete("/_sandbox/faults", () =>
        {
            _graph.ClearFaults();
            return Results.NoContent();
        });
        app.MapPost("/_sandbox/usage", async (HttpContext context) =>
        {
            var usage = await JsonSerializer.DeserializeAsync<SandboxUsage>(context.Request.Body, SandboxScenario.Json, context.RequestAborted);
            if (usage is null)
            {
                return Results.BadRequest();
            }
            _graph.Usage = usage;
            return Results.NoContent();
        });
        app.MapMethods("/{version}/{**path}", ["GET", "POST", "DELETE"], (Delegate)HandleGraphAsync);
        app.MapMethods("/{version}", ["GET", "POST"], (Delegate)HandleGraphAsync);
    }

    private async Task HandleGraphAsync(HttpContext context)
    {
        var version = (string)context.Request.RouteValues["version"]!;
        if (!VersionPattern().IsMatch(version))
        {
            context.Response.StatusCode = 404;
            return;
        }
        Interlocked.Increment(ref _requestCount);
        var path = context.Request.RouteValues["path"] as string ?? "";
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in context.Request.Query)
        {
            parameters[key] = value.ToString();
        }
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            foreach (var (key, value) in form)
            {
                parameters[key] = value.ToString();
            }
        }
        else if (context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) is JsonObject json)
            {
                foreach (var (key, value) in json)
                {
                    parameters[key] = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "";
                }
            }
        }
        var token = TokenOf(context.Request.Headers.Authorization.ToString()) ?? parameters.GetValueOrDefault("access_token");
        parameters.Remove("access_token");
        var request = new SandboxRequest(context.Request.Method, version, path, parameters, token);
        var response = path.Length == 0 && request.Method == "POST" ? Batch(request) : Call(request);
        await WriteAsync(context, response, version);
    }

    private SandboxResponse Call(SandboxRequest request)
    {
        Interlocked.Increment(ref _callCount);
        return _graph.Handle(request);
    }

    private SandboxResponse Batch(SandboxRequest request)
    {
        JsonArray? items;
        try
        {
            items = JsonNode.Parse(request.Get("batch") ?? "") as JsonArray;
        }
        catch (JsonException)
        {
            items = null;
        }
        if (items is null)
        {
            return GraphWire.Error(400, 100, "GraphBatchException", "(#100) The parameter batch must be a JSON array");
        }
        if (items.Count > 50)
        {
            return GraphWire.Error(400, 1, "GraphBatchException", "Too many requests in batch message. Maximum batch size is 50");
        }
        var includeHeaders = request.Get("include_headers") != "false";
        var results = new JsonArray();
        foreach (var item in items)
        {
            var method = item?["method"]?.GetValue<string>()?.ToUpperInvariant() ?? "GET";
            var relative = item?["relative_url"]?.GetValue<string>() ?? "";
            var question = relative.IndexOf('?', StringComparison.Ordinal);
            var path = (question < 0 ? relative : relative[..question]).Trim('/');
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            AddEncoded(parameters, question < 0 ? "" : relative[(question + 1)..]);
            AddEncoded(parameters, item?["body"]?.GetValue<string>() ?? "");
            var token = parameters.Remove("access_token", out var own) ? own : request.Token;
            var response = Call(new SandboxRequest(method, request.Version, path, parameters, token));
            var result = new JsonObject { ["code"] = response.Status };
            if (includeHeaders)
            {
                result["headers"] = new JsonArray(
                    new JsonObject { ["name"] = "Content-Type", ["value"] = "application/json; charset=UTF-8" },
                    new JsonObject { ["name"] = "X-App-Usage", ["value"] = AppUsage() });
            }
            result["body"] = response.Body;
            results.Add(result);
        }
        return GraphWire.Ok(results);
    }

    private async Task WriteAsync(HttpContext context, SandboxResponse response, string version)
    {
        context.Response.StatusCode = response.Status;
        context.Response.Headers["facebook-api-version"] = version;
        context.Response.Headers["x-fb-trace-id"] = "Sbx" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-App-Usage"] = AppUsage();
        var u = _graph.Usage;
        var buc = new JsonObject
        {
            [_graph.PageId] = new JsonArray(Buc("pages", u)),
            [_graph.InstagramId] = new JsonArray(Buc("instagram", u)),
        };
        context.Response.Headers["X-Business-Use-Case-Usage"] = buc.ToJsonString();
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }
        if (response.Body.Length > 0)
        {
            context.Response.ContentType = response.Body.StartsWith('{') || response.Body.StartsWith('[') ? "application/json; charset=UTF-8" : "text/html; charset=UTF-8";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    private string AppUsage()
    {
        var u = _graph.Usage;
        return new JsonObject { ["call_count"] = u.CallCount, ["total_cputime"] = u.TotalCpuTime, ["total_time"] = u.TotalTime }.ToJsonString();
    }

    private static JsonObject Buc(string type, SandboxUsage u) => new()
    {
        ["type"] = type,
        ["call_count"] = u.CallCount,
        ["total_cputime"] = u.TotalCpuTime,
        ["total_time"] = u.TotalTime,
        ["estimated_time_to_regain_access"] = u.EstimatedMinutesToRegainAccess,
    };

    private static void AddEncoded(Dictionary<string, string> parameters, string encoded)
    {
        if (encoded.Length == 0)
        {
            return;
        }
        var query = HttpUtility.ParseQueryString(encoded);
        foreach (var key in query.AllKeys.OfType<string>())
        {
            parameters[key] = query[key] ?? "";
        }
    }

    private static string? TokenOf(string authorization)
    {
        foreach (var scheme in new[] { "OAuth ", "Bearer " })
        {
            if (authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return authorization[scheme.Length..].Trim();
            }
        }
        return null;
    }

    [GeneratedRegex(@"^v\d+\.\d+$")]
    private static partial Regex VersionPattern();
}
