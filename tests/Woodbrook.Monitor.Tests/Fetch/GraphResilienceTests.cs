using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Fetch;
using Woodbrook.Monitor.Report;
using Woodbrook.Monitor.Tests.Fakes;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Fetch;

/// <summary>The retry, circuit and timeout pipeline with a stub handler and a hand-moved clock.</summary>
public sealed class GraphResilienceTests
{
    private sealed class StubHandler(Func<int, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public int Calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(respond(Interlocked.Increment(ref Calls)));
    }

    private static async Task<(GraphClient Client, TempDatabase Db)> ClientAsync(StubHandler stub, FakeTimeProvider time)
    {
        var db = await TempDatabase.CreateAsync(time);
        var options = Options.Create(new FetchOptions
        {
            GraphBaseUrl = new Uri("https://graph.example/"),
            RetryBaseDelay = TimeSpan.FromSeconds(2),
            MaxRetries = 3,
            Sources = { ["page"] = new SourceOptions { Platform = Platform.Facebook, AccountId = "1", AccessToken = "t" } },
        });
        var health = new SourceHealth(db.Database, new Outbox(db.Database, time), Options.Create(new ReportOptions { PracticeManager = "pm@example.org" }), time, NullLogger<SourceHealth>.Instance);
        var pipelines = new GraphResiliencePipelines(options, time, NullLogger<GraphResiliencePipelines>.Instance);
        var http = new HttpClient(new GraphResilienceHandler(pipelines) { InnerHandler = stub });
        return (new GraphClient(http, options, health, new FetchStore(db.Database, time), NullLogger<GraphClient>.Instance), db);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) => new(status) { Content = new StringContent(body) };

    private static async Task<T> RunWithClockAsync<T>(Task<T> task, FakeTimeProvider time, TimeSpan step, int maxSteps = 400)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            await Task.WhenAny(task, Task.Delay(2));
            time.Advance(step);
        }
        return await task;
    }

    [Fact]
    public async Task Send_RetryAfterHeader_WaitsThatLongBeforeRetrying()
    {
        var time = new FakeTimeProvider();
        var stub = new StubHandler(n => n == 1
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Headers = { RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(30)) }, Content = new StringContent("") }
            : Json(HttpStatusCode.OK, "{\"id\":\"1\"}"));
        var (client, db) = await ClientAsync(stub, time);
        await using var _ = db;

        var call = client.VerifyTokenAsync("page", CancellationToken.None);
        for (var i = 0; i < 50 && stub.Calls < 1; i++)
        {
            await Task.WhenAny(call, Task.Delay(2));
        }
        time.Advance(TimeSpan.FromSeconds(29));
        await Task.WhenAny(call, Task.Delay(50));
        Assert.Equal(1, stub.Calls);
        Assert.False(call.IsCompleted);

        var ok = await RunWithClockAsync(call, time, TimeSpan.FromSeconds(1));

        Assert.True(ok);
        Assert.Equal(2, stub.Calls);
    }

    [Fact]
    public async Task Send_TransientGraphCode_RetriesWithBackoffThenSucceeds()
    {
        var time = new FakeTimeProvider();
        var stub = new StubHandler(n => n <= 2
            ? Json(HttpStatusCode.BadRequest, "{\"error\":{\"message\":\"An unknown error occurred\",\"type\":\"OAuthException\",\"code\":2,\"is_transient\":true}}")
            : Json(HttpStatusCode.OK, "{\"id\":\"1\"}"));
        var (client, db) = await ClientAsync(stub, time);
        await using var _ = db;

        var ok = await RunWithClockAsync(client.VerifyTokenAsync("page", CancellationToken.None), time, TimeSpan.FromSeconds(1));

        Assert.True(ok);
        Assert.Equal(3, stub.Calls);
    }

    [Fact]
    public async Task Send_InvalidToken_IsNeverRetriedAndAlertsOnce()
    {
        var time = new FakeTimeProvider();
        var stub = new StubHandler(_ => Json(HttpStatusCode.BadRequest, "{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463}}"));
        var (client, db) = await ClientAsync(stub, time);
        await using var _ = db;

        var first = await client.DeleteCommentAsync("page", "1_2", CancellationToken.None);
        var second = await client.HideCommentAsync("page", "1_3", hidden: true, CancellationToken.None);

        Assert.Equal(GraphActionOutcome.Failed, first.Outcome);
        Assert.Equal(GraphActionOutcome.Failed, second.Outcome);
        Assert.Equal(1, stub.Calls);
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE kind = 'token_alert'"));
    }

    [Fact]
    public async Task Send_RepeatedServerErrors_OpensTheCircuitAndStopsCalling()
    {
        var time = new FakeTimeProvider();
        var stub = new StubHandler(_ => Json(HttpStatusCode.InternalServerError, "oops"));
        var (client, db) = await ClientAsync(stub, time);
        await using var _ = db;

        var first = await RunWithClockAsync(client.VerifyTokenAsync("page", CancellationToken.None), time, TimeSpan.FromSeconds(5));
        var callsAfterFirst = stub.Calls;
        var second = await RunWithClockAsync(client.VerifyTokenAsync("page", CancellationToken.None), time, TimeSpan.FromSeconds(5));

        Assert.False(first);
        Assert.False(second);
        Assert.Equal(4, callsAfterFirst);
        Assert.Equal(callsAfterFirst, stub.Calls);
    }

    [Theory]
    [InlineData(500, null, null, null, true)]
    [InlineData(400, 1, null, null, true)]
    [InlineData(400, 2, null, null, true)]
    [InlineData(400, 1, 1965014, false, false)]
    [InlineData(400, 1, 2853006, null, false)]
    [InlineData(400, 100, 33, null, false)]
    [InlineData(400, 80001, null, null, false)]
    [InlineData(400, 190, 460, true, false)]
    [InlineData(400, 368, null, true, true)]
    public void IsTransient_GraphError_FollowsTheRetryRules(int status, int? code, int? subcode, bool? isTransient, bool expected)
    {
        var error = code is null ? null : new GraphError("m", "OAuthException", code.Value, subcode, isTransient, null, null, null);
        Assert.Equal(expected, GraphResiliencePipelines.IsTransient(status, error));
    }
}
