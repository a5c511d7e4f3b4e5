using System.Net;
using System.Text.Json.Nodes;
using Woodbrook.Monitor.GraphSandbox;

namespace Woodbrook.Monitor.Tests.GraphSandbox;

public sealed class GraphSandboxServerTests
{
    private static HttpRequestMessage Get(GraphSandboxServer s, string path, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(s.BaseUrl, path));
        request.Headers.TryAddWithoutValidation("Authorization", "OAuth " + (token ?? s.AccessToken));
        return request;
    }

    [Fact]
    public async Task Start_SampleScenario_ListensOnLoopbackAndServesTheFeedInGraphFormat()
    {
        await using var s = await GraphSandboxServer.StartAsync(new GraphSandboxOptions(), CancellationToken.None);
        using var http = new HttpClient();

        using var response = await http.SendAsync(Get(s, $"v21.0/{s.FacebookPageId}/feed?limit=2"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("127.0.0.1", s.BaseUrl.Host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body["data"]!.AsArray().Count);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$", body["data"]![0]!["updated_time"]!.GetValue<string>());
        Assert.NotNull(body["paging"]!["next"]);
        Assert.True(response.Headers.Contains("X-App-Usage"));
        Assert.True(response.Headers.Contains("X-Business-Use-Case-Usage"));
        Assert.Equal(1, s.RequestCount);
    }

    [Fact]
    public async Task Request_WrongToken_Gets190InGraphErrorShape()
    {
        await using var s = await GraphSandboxServer.StartAsync(new GraphSandboxOptions(), CancellationToken.None);
        using var http = new HttpClient();

        using var response = await http.SendAsync(Get(s, $"v25.0/{s.FacebookPageId}", "stolen"));
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(190, error["code"]!.GetValue<int>());
        Assert.Equal("OAuthException", error["type"]!.GetValue<string>());
        Assert.NotNull(error["fbtrace_id"]);
    }

    [Fact]
    public async Task Request_LimitOver100_GetsCode100()
    {
        await using var s = await GraphSandboxServer.StartAsync(new GraphSandboxOptions(), CancellationToken.None);
        using var http = new HttpClient();

        using var response = await http.SendAsync(Get(s, $"v25.0/{s.FacebookPageId}/feed?limit=101"));

        Assert.Equal(100, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task SandboxEndpoints_AddCommentThenDelete_ListsTheAction()
    {
        await using var s = await GraphSandboxServer.StartAsync(new GraphSandboxOptions(), CancellationToken.None);
        using var http = new HttpClient();
        var post = s.PostIds("facebook")[0];

        var added = await http.PostAsJsonAsync(new Uri(s.BaseUrl, "_sandbox/comments"), new { platform = "facebook", post_id = post, text = "Added while running", author = "Tester" });
        var id = JsonNode.Parse(await added.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        using var delete = new HttpRequestMessage(HttpMethod.Delete, new Uri(s.BaseUrl, $"v25.0/{id}"));
        delete.Headers.TryAddWithoutValidation("Authorization", "Bearer " + s.AccessToken);
        using var deleted = await http.SendAsync(delete);
        var actions = JsonNode.Parse(await http.GetStringAsync(new Uri(s.BaseUrl, "_sandbox/actions")))!.AsArray();

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var action = Assert.Single(actions);
        Assert.Equal(id, action!["id"]!.GetValue<string>());
        Assert.Equal("delete", action["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task FaultEndpoint_InjectedFault_AnswersOnceThenHeals()
    {
        await using var s = await GraphSandboxServer.StartAsync(new GraphSandboxOptions(), CancellationToken.None);
        using var http = new HttpClient();
        await http.PostAsJsonAsync(new Uri(s.BaseUrl, "_sandbox/faults"), new { code = 80001, status = 400, times = 1 });

        using var first = await http.SendAsync(Get(s, $"v25.0/{s.FacebookPageId}"));
        using var second = await http.SendAsync(Get(s, $"v25.0/{s.FacebookPageId}"));

        Assert.Equal(80001, JsonNode.Parse(await first.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Batch_TwoReads_AnswersEachWithABodyString()
    {
        await using var s = await GraphSandboxServer.StartAsync(new GraphSandboxOptions(), CancellationToken.None);
        using var http = new HttpClient();
        var posts = s.PostIds("facebook");
        var batch = new JsonArray(
            new JsonObject { ["method"] = "GET", ["relative_url"] = $"{posts[0]}/comments?filter=stream" },
            new JsonObject { ["method"] = "GET", ["relative_url"] = "999_999/comments" }).ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(s.BaseUrl, "v25.0/"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["batch"] = batch, ["access_token"] = s.AccessToken }),
        };

        using var response = await http.SendAsync(request);
        var items = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(2, items.Count);
        Assert.Equal(200, items[0]!["code"]!.GetValue<int>());
        Assert.NotNull(JsonNode.Parse(items[0]!["body"]!.GetValue<string>())!["data"]);
        Assert.Equal(400, items[1]!["code"]!.GetValue<int>());
        Assert.Equal(1, s.RequestCount);
        Assert.Equal(2, s.CallCount);
    }

    [Fact]
    public async Task SampleScenario_HasAboutFortyCommentsOnBothPlatforms()
    {
        await using var s = await GraphSandboxServer.StartAsync(new GraphSandboxOptions(), CancellationToken.None);

        var facebook = s.PostIds("facebook").Sum(p => s.CommentIds(p).Count);
        var instagram = s.PostIds("instagram").Sum(p => s.CommentIds(p).Count);

        Assert.InRange(facebook + instagram, 38, 45);
        Assert.True(instagram >= 10);
    }
}
