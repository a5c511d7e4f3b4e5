using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Fetch;
using Woodbrook.Monitor.GraphSandbox;
using Woodbrook.Monitor.Report;

namespace Woodbrook.Monitor.Tests.Support;

/// <summary>The fetch stage wired as Program.cs wires it (typed HttpClient + resilience handler), against a real Graph
/// sandbox over loopback and a real SQLite file. Sources: <c>page</c> (Facebook) and <c>insta</c> (Instagram).</summary>
internal sealed class GraphHarness : IAsyncDisposable
{
    public const string Page = "page";
    public const string Insta = "insta";

    private readonly WebApplication _app;

    private GraphHarness(GraphSandboxServer sandbox, TempDatabase db, WebApplication app, CollectingLoggerProvider logs, FetchOptions options)
    {
        Sandbox = sandbox;
        Db = db;
        _app = app;
        Logs = logs;
        Options = options;
        var address = app.Urls.First();
        WebhookUrl = new Uri(new Uri(address.TrimEnd('/') + "/"), options.Webhooks.Path.TrimStart('/'));
    }

    /// <summary>Where the monitor's webhook endpoint listens (loopback).</summary>
    public Uri WebhookUrl { get; }

    public GraphSandboxServer Sandbox { get; }

    public TempDatabase Db { get; }

    public IServiceProvider Services => _app.Services;

    public CollectingLoggerProvider Logs { get; }

    public FetchOptions Options { get; }

    public CommentFetcher Fetcher => Services.GetRequiredService<CommentFetcher>();

    public GraphClient Client => Services.GetRequiredService<GraphClient>();

    public static async Task<GraphHarness> StartAsync(string? scenarioJson = null, TimeProvider? time = null, Action<FetchOptions>? configure = null)
    {
        time ??= TimeProvider.System;
        var sandbox = await GraphSandboxServer.StartAsync(new GraphSandboxOptions { ScenarioJson = scenarioJson, Time = time }, CancellationToken.None);
        var db = await TempDatabase.CreateAsync(time);
        var options = new FetchOptions
        {
            GraphBaseUrl = sandbox.BaseUrl,
            GraphVersion = "v25.0",
            RetryBaseDelay = TimeSpan.Zero,
            AppId = sandbox.AppId,
            AppSecret = sandbox.AppSecret,
            Webhooks = { Enabled = true, VerifyToken = "verify-me" },
            Sources =
            {
                [Page] = new SourceOptions { Platform = Platform.Facebook, AccountId = sandbox.FacebookPageId, AccessToken = sandbox.AccessToken },
                [Insta] = new SourceOptions { Platform = Platform.Instagram, AccountId = sandbox.InstagramAccountId, AccessToken = sandbox.AccessToken },
            },
        };
        configure?.Invoke(options);
        var logs = new CollectingLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var services = builder.Services;
        services.AddSingleton(time);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ReportOptions { PracticeManager = "practice.manager@woodbrook.example" }));
        services.AddSingleton(db.Database);
        services.AddSingleton<Outbox>();
        Program.AddFetchStage(services);
        var app = builder.Build();
        app.MapWebhookEndpoints();
        await app.StartAsync();
        return new GraphHarness(sandbox, db, app, logs, options);
    }

    public Task<long> CountAsync(string platform) =>
        Db.ScalarAsync<long>("SELECT COUNT(*) FROM comments WHERE platform = @platform", new { platform });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Sandbox.DisposeAsync();
        await Db.DisposeAsync();
    }
}
