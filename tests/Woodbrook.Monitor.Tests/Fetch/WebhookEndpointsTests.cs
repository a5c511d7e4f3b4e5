using System.Net;
using System.Text;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Fetch;

public sealed class WebhookEndpointsTests
{
    [Fact]
    public async Task Verify_RightTokenAndMode_EchoesTheChallenge()
    {
        await using var h = await GraphHarness.StartAsync();
        using var http = new HttpClient();

        var ok = await http.GetAsync(new Uri(h.WebhookUrl + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=verify-me"));
        var wrong = await http.GetAsync(new Uri(h.WebhookUrl + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess"));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("1158201444", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }

    [Fact]
    public async Task Post_SignedNewComment_StoresItAtOnceAndPollingDoesNotDuplicateIt()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);
        var post = h.Sandbox.PostIds("facebook")[0];
        var id = h.Sandbox.AddComment("facebook", post, "You are all f***ing useless", author: "Angry Person");

        var status = await h.Sandbox.DeliverWebhookAsync(h.WebhookUrl, id, "add", CancellationToken.None);
        var stored = await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM comments WHERE comment_id = @id", new { id });
        var again = await h.Sandbox.DeliverWebhookAsync(h.WebhookUrl, id, "add", CancellationToken.None);
        var poll = await h.Fetcher.RunAsync(GraphHarness.Page, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, stored);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(0, poll.New);
        Assert.Equal(1, await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM comments WHERE comment_id = @id", new { id }));
        Assert.Equal(1, await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM webhook_events"));
    }

    [Fact]
    public async Task Post_SignedEdit_StoresTheNewText()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.Fetcher.RunAsync(GraphHarness.Insta, CancellationToken.None);
        var id = (await h.Db.QueryAsync<string>("SELECT comment_id FROM comments WHERE text LIKE 'Good luck Dr Hale!'"))[0];
        h.Sandbox.EditComment(id, "Good luck Dr Hale! Shame about Jenny Parker's miscarriage");

        var status = await h.Sandbox.DeliverWebhookAsync(h.WebhookUrl, id, "edited", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("miscarriage", await h.Db.ScalarAsync<string>("SELECT text FROM comments WHERE comment_id = @id", new { id }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha1=abc")]
    [InlineData("sha256=nothex")]
    public async Task Post_MissingOrBadSignature_IsRefusedAndLogged(string? signature)
    {
        await using var h = await GraphHarness.StartAsync();
        var post = h.Sandbox.PostIds("facebook")[0];
        var id = h.Sandbox.AddComment("facebook", post, "Forged");
        var (body, _) = h.Sandbox.CreateWebhookDelivery(id, "add");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, h.WebhookUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("X-Hub-Signature-256", signature);
        }

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await h.Db.ScalarAsync<long>("SELECT COUNT(*) FROM comments WHERE comment_id = @id", new { id }));
        Assert.Single(h.Logs.WithId(1050));
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_IsRefused()
    {
        await using var h = await GraphHarness.StartAsync();
        var id = h.Sandbox.AddComment("facebook", h.Sandbox.PostIds("facebook")[0], "Original");
        var (body, signature) = h.Sandbox.CreateWebhookDelivery(id, "add");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, h.WebhookUrl) { Content = new StringContent(body.Replace("Original", "Changed", StringComparison.Ordinal), Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Hub-Signature-256", signature);

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Endpoints_WebhooksDisabled_AnswerNotFound()
    {
        await using var h = await GraphHarness.StartAsync(configure: o => o.Webhooks.Enabled = false);
        using var http = new HttpClient();

        var get = await http.GetAsync(new Uri(h.WebhookUrl + "?hub.mode=subscribe&hub.challenge=1&hub.verify_token=verify-me"));
        var post = await http.PostAsync(h.WebhookUrl, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
