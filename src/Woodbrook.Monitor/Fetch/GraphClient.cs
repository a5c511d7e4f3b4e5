using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Web;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Woodbrook.Monitor.Fetch;

/// <summary>The Graph API, for one configured source at a time. Every answer is classified here (transient, throttled,
/// dead token, gone, not permitted), so that a 190 marks the source unhealthy and a throttle pauses it whoever made the
/// call. The token travels in the <c>Authorization</c> header, never in a URL.</summary>
internal sealed class GraphClient(HttpClient http, IOptions<FetchOptions> options, SourceHealth health, FetchStore store, ILogger<GraphClient> logger)
{
    private readonly FetchOptions _options = options.Value;

    /// <summary>The highest rate-limit usage seen by this client, per source.</summary>
    public Dictionary<string, GraphUsage> Usage { get; } = new(StringComparer.Ordinal);

    public SourceOptions Source(string sourceName) =>
        _options.Sources.TryGetValue(sourceName, out var source) ? source : throw new ArgumentException($"No source named {sourceName} is configured.", nameof(sourceName));

    public async Task<GraphActionResult> HideCommentAsync(string sourceName, string commentId, bool hidden, CancellationToken cancellationToken)
    {
        var source = Source(sourceName);
        // Facebook calls it is_hidden, Instagram hide.
        var parameter = source.Platform == Platform.Facebook ? "is_hidden" : "hide";
        var response = await SendAsync(sourceName, HttpMethod.Post, Uri.EscapeDataString(commentId),
            new Dictionary<string, string> { [parameter] = hidden ? "true" : "false" }, idempotent: true, cancellationToken);
        var result = await ToActionResultAsync(sourceName, response, cancellationToken);
        if (result.Outcome == GraphActionOutcome.Done)
        {
            await store.SetHiddenAsync(source.Platform, commentId, hidden, cancellationToken);
        }
        Log(hidden ? "hide" : "unhide", commentId, sourceName, result, response);
        return result;
    }

    public async Task<GraphActionResult> DeleteCommentAsync(string sourceName, string commentId, CancellationToken cancellationToken)
    {
        var response = await SendAsync(sourceName, HttpMethod.Delete, Uri.EscapeDataString(commentId), null, idempotent: true, cancellationToken);
        var result = await ToActionResultAsync(sourceName, response, cancellationToken);
        Log("delete", commentId, sourceName, result, response);
        return result;
    }

    /// <summary>A private reply (one Messenger message to the commenter, within 7 days of the comment). Facebook only;
    /// never retried, because a second message is not harmless.</summary>
    public async Task<GraphActionResult> SendPrivateReplyAsync(string sourceName, string commentId, string message, CancellationToken cancellationToken)
    {
        var source = Source(sourceName);
        if (source.Platform != Platform.Facebook)
        {
            var refused = new GraphActionResult(GraphActionOutcome.NotPermitted, 0, "Private replies to Instagram comments are not supported by Woodbrook Monitor.");
            logger.ActionCompleted("private_reply", commentId, sourceName, refused.Outcome, 0, null, null, null);
            return refused;
        }
        var recipient = JsonSerializer.Serialize(new Dictionary<string, string> { ["comment_id"] = commentId }, GraphJsonContext.Default.DictionaryStringString);
        var text = JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = message }, GraphJsonContext.Default.DictionaryStringString);
        var response = await SendAsync(sourceName, HttpMethod.Post, $"{Uri.EscapeDataString(source.AccountId)}/messages",
            new Dictionary<string, string> { ["recipient"] = recipient, ["message"] = text }, idempotent: false, cancellationToken);
        var result = response.Succeeded
            ? new GraphActionResult(GraphActionOutcome.Done, response.Status, response.Body)
            : await ToActionResultAsync(sourceName, response, cancellationToken);
        Log("private_reply", commentId, sourceName, result, response);
        return result;
    }

    /// <summary>Whether the token works for this account right now: <c>GET /{account}?fields=id</c>.</summary>
    public async Task<bool> VerifyTokenAsync(string sourceName, CancellationToken cancellationToken)
    {
        var response = await SendAsync(sourceName, HttpMethod.Get, $"{Uri.EscapeDataString(Source(sourceName).AccountId)}?fields=id", null, idempotent: true, cancellationToken);
        return response.Succeeded;
    }

    /// <summary><c>debug_token</c> on the source's token, with the app token (<c>Fetch:AppId</c> and <c>Fetch:AppSecret</c>).</summary>
    public async Task<DebugTokenInfo> DebugTokenAsync(string sourceName, CancellationToken cancellationToken)
    {
        var source = Source(sourceName);
        if (string.IsNullOrEmpty(_options.AppId) || string.IsNullOrEmpty(_options.AppSecret))
        {
            throw new InvalidOperationException("Fetch:AppId and Fetch:AppSecret are needed to inspect tokens.");
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, Url($"debug_token?input_token={Uri.EscapeDataString(source.AccessToken ?? "")}", null));
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", $"{_options.AppId}|{_options.AppSecret}");
        request.Options.Set(GraphRequest.Source, sourceName);
        var response = await SendRawAsync(sourceName, source, request, classify: false, cancellationToken);
        if (!response.Succeeded)
        {
            throw new GraphApiException(response, "debug_token");
        }
        return Read(response, GraphJsonContext.Default.DebugTokenEnvelope, "debug_token").Data
            ?? throw new GraphApiException(response with { Failure = GraphFailure.Malformed }, "debug_token");
    }

    /// <summary>GETs one page of an edge; throws <see cref="GraphApiException"/> when Graph refuses or answers nonsense.</summary>
    public async Task<GraphList> GetListAsync(string sourceName, string relativeUrl, string what, CancellationToken cancellationToken)
    {
        var response = await SendAsync(sourceName, HttpMethod.Get, relativeUrl, null, idempotent: true, cancellationToken);
        return ReadList(response, what);
    }

    /// <summary>Follows a <c>paging.next</c> URL. Only its path and query are used, on the configured base address and
    /// version, and any <c>access_token</c> in it is dropped (the header carries the token).</summary>
    public Task<GraphList> GetNextAsync(string sourceName, string nextUrl, string what, CancellationToken cancellationToken) =>
        GetListAsync(sourceName, RelativeOf(nextUrl), what, cancellationToken);

    public async Task<T> GetAsync<T>(string sourceName, string relativeUrl, JsonTypeInfo<T> type, string what, CancellationToken cancellationToken)
    {
        var response = await SendAsync(sourceName, HttpMethod.Get, relativeUrl, null, idempotent: true, cancellationToken);
        if (!response.Succeeded)
        {
            throw new GraphApiException(response, what);
        }
        return Read(response, type, what);
    }

    public GraphList ReadList(GraphResponse response, string what)
    {
        if (!response.Succeeded)
        {
            throw new GraphApiException(response, what);
        }
        return Read(response, GraphJsonContext.Default.GraphList, what);
    }

    /// <summary>GETs several relative URLs in one Batch API call (at most 50). Each answer is classified on its own; a
    /// <c>null</c> item (the batch timed out before it ran) comes back as a transient failure.</summary>
    public async Task<IReadOnlyList<GraphResponse>> BatchGetAsync(string sourceName, IReadOnlyList<string> relativeUrls, CancellationToken cancellationToken)
    {
        if (relativeUrls.Count is 0 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(relativeUrls), "A batch holds 1 to 50 requests.");
        }
        var source = Source(sourceName);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var url in relativeUrls)
            {
                writer.WriteStartObject();
                writer.WriteString("method", "GET");
                writer.WriteString("relative_url", WithProof(url, source));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        var batch = Encoding.UTF8.GetString(buffer.ToArray());
        // Reads are idempotent, so the batch as a whole may be retried.
        var response = await SendAsync(sourceName, HttpMethod.Post, "",
            new Dictionary<string, string> { ["batch"] = batch, ["include_headers"] = "false" }, idempotent: true, cancellationToken);
        if (!response.Succeeded)
        {
            throw new GraphApiException(response, "a batch");
        }
        var items = Read(response, GraphJsonContext.Default.IReadOnlyListGraphBatchItem, "a batch");
        var results = new List<GraphResponse>(relativeUrls.Count);
        for (var i = 0; i < relativeUrls.Count; i++)
        {
            var item = i < items.Count ? items[i] : null;
            if (item is null)
            {
                results.Add(new GraphResponse(0, "", null, GraphFailure.Transient));
                continue;
            }
            results.Add(await ClassifyAsync(sourceName, source, item.Code, item.Body ?? "", GraphUsage.From(item.Headers), cancellationToken));
        }
        return results;
    }

    public async Task<GraphResponse> SendAsync(string sourceName, HttpMethod method, string relativeUrl, IReadOnlyDictionary<string, string>? form,
        bool idempotent, CancellationToken cancellationToken)
    {
        var source = Source(sourceName);
        if (health.IsTokenDead(sourceName, SourceHealth.Fingerprint(source.AccessToken)))
        {
            return new GraphResponse(0, "Not sent: Graph refused this access token (190); waiting for a new one.", null, GraphFailure.TokenInvalid);
        }
        if (health.IsPaused(sourceName, out var until))
        {
            return new GraphResponse(0, $"Not sent: the source is paused for the rate limit until {until:u}.", null, GraphFailure.RateLimited);
        }
        using var request = new HttpRequestMessage(method, Url(relativeUrl, source));
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", source.AccessToken);
        request.Options.Set(GraphRequest.Source, sourceName);
        request.Options.Set(GraphRequest.Idempotent, idempotent);
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }
        return await SendRawAsync(sourceName, source, request, classify: true, cancellationToken);
    }

    private async Task<GraphResponse> SendRawAsync(string sourceName, SourceOptions source, HttpRequestMessage request, bool classify, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var usage = GraphUsage.From(response.Headers);
            if (!classify)
            {
                var error = GraphResiliencePipelines.ParseError(body);
                return new GraphResponse((int)response.StatusCode, body, error, error is null && response.IsSuccessStatusCode ? null : GraphFailure.Rejected);
            }
            return await ClassifyAsync(sourceName, source, (int)response.StatusCode, body, usage, cancellationToken);
        }
        catch (BrokenCircuitException)
        {
            return Failed(sourceName, new GraphResponse(0, "Not sent: the circuit for this source is open after repeated transient failures.", null, GraphFailure.CircuitOpen));
        }
        catch (TimeoutRejectedException)
        {
            return Failed(sourceName, new GraphResponse(0, "No answer within Fetch:RequestTimeout.", null, GraphFailure.Transient));
        }
        catch (HttpRequestException ex)
        {
            return Failed(sourceName, new GraphResponse(0, $"Network failure: {ex.HttpRequestError}.", null, GraphFailure.Transient));
        }
    }

    private async Task<GraphResponse> ClassifyAsync(string sourceName, SourceOptions source, int status, string body, GraphUsage usage, CancellationToken cancellationToken)
    {
        Usage[sourceName] = Usage.TryGetValue(sourceName, out var seen) ? seen.Max(usage) : usage;
        var error = GraphResiliencePipelines.ParseError(body);
        GraphFailure? failure = error is not null ? Classify(status, error)
            : status >= 500 ? GraphFailure.Transient
            : status == 429 ? GraphFailure.RateLimited
            : status >= 400 ? GraphFailure.Rejected
            : null;
        if (failure == GraphFailure.TokenInvalid)
        {
            await health.MarkTokenInvalidAsync(sourceName, source, error!, cancellationToken);
        }
        else if (failure == GraphFailure.RateLimited)
        {
            await health.PauseAsync(sourceName, usage.MinutesToRegainAccess, usage.MaxPercent, $"code {error?.Code.ToString(CultureInfo.InvariantCulture) ?? status.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
        }
        else if (usage.MaxPercent >= _options.UsageThreshold)
        {
            await health.PauseAsync(sourceName, usage.MinutesToRegainAccess, usage.MaxPercent, $"usage at or over {_options.UsageThreshold}%", cancellationToken);
        }
        var response = new GraphResponse(status, body, error, failure);
        return failure is null ? response : Failed(sourceName, response);
    }

    private GraphResponse Failed(string sourceName, GraphResponse response)
    {
        logger.GraphCallFailed(sourceName, response.Failure!.Value, response.Status, response.Error?.Code, response.Error?.ErrorSubcode, response.Error?.FbtraceId);
        return response;
    }

    public static GraphFailure Classify(int status, GraphError error) => error.Code switch
    {
        190 or 102 => GraphFailure.TokenInvalid,
        4 or 17 or 32 or 613 or 341 or (>= 80000 and <= 80014) => GraphFailure.RateLimited,
        _ when GraphResiliencePipelines.IsTransient(status, error) => GraphFailure.Transient,
        100 when error.ErrorSubcode == 33 => GraphFailure.NotFound,
        10 or (>= 200 and <= 299) => GraphFailure.Permission,
        _ => GraphFailure.Rejected,
    };

    /// <summary>100/33 means gone or not allowed to see; it becomes "already gone" only once the same token is shown to
    /// work for the account. Comments that cannot take the action (visitor posts, reviews, no permission) are
    /// <see cref="GraphActionOutcome.NotPermitted"/> so that the approver is told.</summary>
    private async Task<GraphActionResult> ToActionResultAsync(string sourceName, GraphResponse response, CancellationToken cancellationToken)
    {
        switch (response.Failure)
        {
            case null:
                return new GraphActionResult(GraphActionOutcome.Done, response.Status, response.Body);
            case GraphFailure.NotFound:
                return await VerifyTokenAsync(sourceName, cancellationToken)
                    ? new GraphActionResult(GraphActionOutcome.AlreadyGone, response.Status, response.Body)
                    : new GraphActionResult(GraphActionOutcome.Failed, response.Status,
                        $"Could not verify that the comment is gone: the token check for this account failed too. Graph said: {response.Body}");
            case GraphFailure.Permission or GraphFailure.Rejected:
                return new GraphActionResult(GraphActionOutcome.NotPermitted, response.Status, response.Body);
            default:
                return new GraphActionResult(GraphActionOutcome.Failed, response.Status, response.Body);
        }
    }

    private void Log(string action, string commentId, string sourceName, GraphActionResult result, GraphResponse response) =>
        logger.ActionCompleted(action, commentId, sourceName, result.Outcome, response.Status, response.Error?.Code, response.Error?.ErrorSubcode, response.Error?.FbtraceId);

    private T Read<T>(GraphResponse response, JsonTypeInfo<T> type, string what)
    {
        try
        {
            return JsonSerializer.Deserialize(response.Body, type) ?? throw new JsonException("null");
        }
        catch (JsonException ex)
        {
            logger.MalformedResponse(what, response.Status, ex);
            throw new GraphApiException(response with { Failure = GraphFailure.Malformed }, what);
        }
    }

    private Uri Url(string relativeUrl, SourceOptions? source)
    {
        var url = source is null ? relativeUrl : WithProof(relativeUrl, source);
        return new Uri(_options.GraphBaseUrl, $"{_options.GraphVersion}/{url}");
    }

    /// <summary>Adds <c>appsecret_proof</c> (HMAC-SHA256 of the token, keyed with the app secret) when an app secret is
    /// configured; Meta requires it when the app has "Require App Secret" on.</summary>
    private string WithProof(string relativeUrl, SourceOptions source)
    {
        if (string.IsNullOrEmpty(_options.AppSecret) || string.IsNullOrEmpty(source.AccessToken))
        {
            return relativeUrl;
        }
        var proof = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_options.AppSecret), Encoding.UTF8.GetBytes(source.AccessToken)));
        return relativeUrl + (relativeUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "appsecret_proof=" + proof;
    }

    public static string RelativeOf(string nextUrl)
    {
        var uri = new Uri(nextUrl, UriKind.Absolute);
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        var path = segments.Length > 0 && segments[0].Length > 1 && segments[0][0] == 'v' && char.IsDigit(segments[0][1])
            ? string.Join('/', segments.Skip(1))
            : string.Join('/', segments);
        var query = HttpUtility.ParseQueryString(uri.Query);
        query.Remove("access_token");
        query.Remove("appsecret_proof");
        var rest = query.ToString();
        return string.IsNullOrEmpty(rest) ? path : $"{path}?{rest}";
    }
}
