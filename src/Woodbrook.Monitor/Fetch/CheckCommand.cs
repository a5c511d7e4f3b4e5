using System.CommandLine;
using System.Globalization;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Report;

namespace Woodbrook.Monitor.Fetch;

/// <summary><c>check</c>: inspects every source's token with <c>debug_token</c> (validity, permissions, the right
/// account, expiry) and reads each account once. Exit code 0 when all is well, 1 otherwise. Prints no secret.</summary>
internal static class CheckCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var command = new Command("check", "Check every Facebook/Instagram source's access token: valid, permissions, expiry.");
        command.SetAction((parseResult, cancellationToken) => RunAsync(configuration, parseResult.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        // A one-shot command, not the service: the store plus the fetch stage exactly as Program.cs registers it.
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection(FetchOptions.Section));
        services.AddOptions<QueueOptions>().Bind(configuration.GetSection(QueueOptions.Section));
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.Section));
        services.AddSingleton<Database>();
        services.AddSingleton<Outbox>();
        Program.AddFetchStage(services);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<Database>().MigrateAsync(cancellationToken);
        var reports = await provider.GetRequiredService<TokenCheck>().CheckAllAsync(cancellationToken);
        if (reports.Count == 0)
        {
            await output.WriteLineAsync("No enabled sources are configured (Fetch:Sources).");
            return 1;
        }
        foreach (var report in reports)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{report.Source}: {(report.IsValid ? "valid" : "NOT VALID")}, type {report.TokenType ?? "?"}, expires {report.ExpiresAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never"}, data access until {report.DataAccessExpiresAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "n/a"}"));
            await output.WriteLineAsync("  permissions: " + (report.Scopes.Count == 0 ? "(none)" : string.Join(", ", report.Scopes)));
            foreach (var problem in report.Problems)
            {
                await output.WriteLineAsync("  problem: " + problem);
            }
        }
        return reports.All(r => r.IsValid && r.Problems.Count == 0) ? 0 : 1;
    }
}
