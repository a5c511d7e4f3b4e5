using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Fetch;
using Woodbrook.Monitor.GraphSandbox;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Report;

namespace Woodbrook.Monitor.Benchmarks;

/// <summary><c>graph</c>: drives the real fetch stage against the Graph sandbox and prints how many HTTP requests one
/// polling cycle costs, as the sandbox counts them: with nothing changed, and with 5 of 200 posts changed.</summary>
public static class GraphBenchmark
{
    public static int Run(string[] args) => RunAsync().GetAwaiter().GetResult();

    private static async Task<int> RunAsync()
    {
        await using var sandbox = await GraphSandboxServer.StartAsync(new GraphSandboxOptions { ScenarioJson = Scenario(200) }, CancellationToken.None);
        var folder = Path.Combine(Path.GetTempPath(), "woodbrook-bench", Guid.NewGuid().ToString("N"));
        try
        {
            await using var provider = Services(sandbox, folder);
            await provider.GetRequiredService<Database>().MigrateAsync(CancellationToken.None);
            var fetcher = () => provider.GetRequiredService<CommentFetcher>();

            var first = await fetcher().RunAsync("page", CancellationToken.None);
            if (first.Status != FetchRunStatus.Completed)
            {
                await Console.Error.WriteLineAsync($"first run did not complete: {first.Status} {first.Detail}");
                return 1;
            }

            sandbox.ResetCounts();
            var unchanged = await fetcher().RunAsync("page", CancellationToken.None);
            var noChange = sandbox.RequestCount;

            // Five posts spread across the list, including the oldest, each get a new comment.
            var posts = sandbox.PostIds("facebook");
            foreach (var index in new[] { 3, 57, 111, 150, posts.Count - 1 })
            {
                sandbox.AddComment("facebook", posts[index], "A new comment for the benchmark", author: "Bench Person");
            }
            sandbox.ResetCounts();
            var changed = await fetcher().RunAsync("page", CancellationToken.None);
            var fiveChanged = sandbox.RequestCount;
            var fiveChangedCalls = sandbox.CallCount;

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requests per cycle, no change: {noChange}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requests per cycle, 5 of 200 posts changed: {fiveChanged}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"(first run: {first.New} comments from {first.PostsRead} posts; 5-post cycle stored {changed.New} new, {fiveChangedCalls} Graph calls counting batch items; no-change cycle stored {unchanged.New})"));
            return noChange <= 1 && fiveChanged <= 3 && changed.New == 5 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }
    }

    private static ServiceProvider Services(GraphSandboxServer sandbox, string folder)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(Options.Create(new QueueOptions { DataDirectory = folder }));
        services.AddSingleton(Options.Create(new ReportOptions { PracticeManager = "practice.manager@woodbrook.example" }));
        services.AddSingleton(Options.Create(new FetchOptions
        {
            GraphBaseUrl = sandbox.BaseUrl,
            Backfill = TimeSpan.FromDays(30),
            Sources = { ["page"] = new SourceOptions { Platform = Platform.Facebook, AccountId = sandbox.FacebookPageId, AccessToken = sandbox.AccessToken } },
        }));
        services.AddSingleton<Database>();
        services.AddSingleton<Outbox>();
        Program.AddFetchStage(services);
        return services.BuildServiceProvider();
    }

    /// <summary>200 Page posts, three hours apart (25 days in all), each with two comments.</summary>
    private static string Scenario(int posts)
    {
        var list = new JsonArray();
        for (var p = 0; p < posts; p++)
        {
            var age = 30 + p * 180;
            list.Add(new JsonObject
            {
                ["message"] = $"Post {p}",
                ["minutes_ago"] = age,
                ["comments"] = new JsonArray(
                    new JsonObject { ["text"] = $"First comment on {p}", ["author"] = "Reader One", ["minutes_ago"] = age - 5 },
                    new JsonObject { ["text"] = $"Second comment on {p}", ["author"] = "Reader Two", ["minutes_ago"] = age - 10 }),
            });
        }
        return new JsonObject
        {
            ["page"] = new JsonObject { ["id"] = "104455667788001", ["name"] = "Woodbrook Medical Centre" },
            ["instagram"] = new JsonObject { ["id"] = "17841455667788001", ["name"] = "woodbrookmedical" },
            ["posts"] = list,
        }.ToJsonString();
    }
}
