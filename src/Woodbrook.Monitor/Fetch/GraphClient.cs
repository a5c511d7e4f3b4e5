using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Woodbrook.Monitor.Fetch;

/// <summary>The Graph API client (actions only in this first version; the fetching side comes with the Graph issue).</summary>
internal sealed class GraphClient(HttpClient http, IOptions<FetchOptions> options)
{
    private readonly FetchOptions _options = options.Value;

    public Task<GraphActionResult> HideCommentAsync(string sourceName, string commentId, bool hidden, CancellationToken cancellationToken)
    {
        var source = _options.Sources[sourceName];
        var field = source.Platform == Platform.Instagram ? "hide" : "is_hidden";
        return SendAsync(source, HttpMethod.Post, commentId, new FormUrlEncodedContent([new(field, hidden ? "true" : "false")]), cancellationToken);
    }

    public Task<GraphActionResult> DeleteCommentAsync(string sourceName, string commentId, CancellationToken cancellationToken) =>
        SendAsync(_options.Sources[sourceName], HttpMethod.Delete, commentId, null, cancellationToken);

    public Task<GraphActionResult> SendPrivateReplyAsync(string sourceName, string commentId, string message, CancellationToken cancellationToken) =>
        Task.FromResult(new GraphActionResult(GraphActionOutcome.NotPermitted, 0, "private replies are not supported yet"));

    private async Task<GraphActionResult> SendAsync(SourceOptions source, HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_options.GraphBaseUrl, $"{_options.GraphVersion}/{Uri.EscapeDataString(path)}")) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", source.AccessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var outcome = response.IsSuccessStatusCode ? GraphActionOutcome.Done
            : body.Contains("\"error_subcode\":33", StringComparison.Ordinal) ? GraphActionOutcome.AlreadyGone
            : GraphActionOutcome.Failed;
        return new GraphActionResult(outcome, (int)response.StatusCode, body);
    }
}
