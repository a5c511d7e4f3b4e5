using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Woodbrook.Monitor.Approve;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Tests.Fakes;

namespace Woodbrook.Monitor.Tests.Support;

/// <summary>The real service host on a loopback port with its own data folder and a hand-moved clock. No Graph source
/// is configured unless the test adds one, so nothing reaches Facebook.</summary>
public sealed class MonitorHost : IAsyncDisposable
{
    private MonitorHost(WebApplication app, string data, int port, FakeTimeProvider time)
    {
        App = app;
        DataDirectory = data;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        Time = time;
    }

    public WebApplication App { get; }

    public string DataDirectory { get; }

    public Uri BaseUrl { get; }

    public FakeTimeProvider Time { get; }

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Starts the host. Unless <paramref name="runJobs"/> is set, the scheduled jobs are paused right after start,
    /// so a test drives each stage itself and no background run races it; the jobs and triggers still exist.</summary>
    public static async Task<MonitorHost> StartAsync(IDictionary<string, string?>? settings = null, bool useFakeClock = true, bool runJobs = false)
    {
        var data = Path.Combine(Path.GetTempPath(), "wm-host-" + Guid.NewGuid().ToString("N"));
        var port = FreePort();
        var all = new Dictionary<string, string?>
        {
            ["Host:DataDirectory"] = data,
            ["Approve:Urls"] = $"http://127.0.0.1:{port}",
            ["Approve:PublicBaseUrl"] = $"http://127.0.0.1:{port}/",
            ["Approve:Approvers:0"] = "comms@example.org",
            ["Approve:Approvers:1"] = "deputy@example.org",
            ["Report:PracticeManager"] = "pm@example.org",
            ["Email:Smtp:Host"] = "",
            ["Email:PickupDirectory"] = Path.Combine(data, "mail"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var app = Program.BuildApp(all, services =>
        {
            if (useFakeClock)
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
            }
        });
        await app.StartAsync();
        if (!runJobs)
        {
            var scheduler = await app.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
            await scheduler.PauseAll();
        }
        return new MonitorHost(app, data, port, time);
    }

    /// <summary>Stores a comment and screens it into a pending case with the host's own services.</summary>
    public async Task<long> PendingCaseAsync(string text = "Dr Patel is a drunk and should be struck off", string? commentId = null, string? authorId = "7001") =>
        await PendingCaseAsync(text, commentId, authorId, "facebook", canHide: true, canRemove: true);

    /// <summary>As above, on <paramref name="platform"/>, with what the platform lets the account do to the comment
    /// (a mention on another account's Instagram media: neither).</summary>
    public async Task<long> PendingCaseAsync(string text, string? commentId, string? authorId, string platform, bool canHide, bool canRemove)
    {
        commentId ??= "200_" + Guid.NewGuid().ToString("N")[..12];
        var database = Get<Database>();
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, """
                INSERT INTO comments (platform, comment_id, source_name, post_id, post_text, text, text_hash, author_id, author_name, permalink,
                                      created_time, fetched_at, is_hidden, can_hide, can_remove, raw_json)
                VALUES (@platform, @commentId, @platform, '100_1', 'Flu clinic', @text, @hash, @authorId, 'A Patient',
                        'https://www.facebook.com/100/posts/1?comment_id=2', @now, @now, 0, @hide, @remove, '{}')
                ON CONFLICT (platform, comment_id) DO NOTHING
                """, new { commentId, text, hash = Some.Hash(text), authorId, now = Time.GetUtcNow().ToUnixTimeMilliseconds(), platform, hide = canHide ? 1 : 0, remove = canRemove ? 1 : 0 });
        }
        await Get<CommentScreening>().RunAsync(CancellationToken.None);
        await using var read = await database.OpenAsync(CancellationToken.None);
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(read,
            "SELECT c.id FROM cases c JOIN comments m ON m.id = c.comment_row WHERE m.comment_id = @commentId", new { commentId });
    }

    public string Token(long caseId, string approver = "comms@example.org") => Get<ApprovalLinks>().CreateToken(caseId, approver);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
