using System.CommandLine;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Host;

/// <summary>Opens the configured store for the offline commands (audit, evidence), without starting the service.</summary>
internal static class StoreAccess
{
    /// <summary>Returns null, having said why on stderr, when there is no store to open.</summary>
    public static async Task<Database?> OpenExistingAsync(string? dataOverride, CancellationToken cancellationToken) =>
        (await OpenWithOptionsAsync(dataOverride, cancellationToken)).Database;

    public static async Task<(Database? Database, QueueOptions Options)> OpenWithOptionsAsync(string? dataOverride, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(dataOverride))
        {
            overrides["Host:DataDirectory"] = dataOverride;
        }
        var configuration = MonitorConfiguration.Build(overrides);
        var options = configuration.GetSection(QueueOptions.Section).Get<QueueOptions>() ?? new QueueOptions();
        options.DataDirectory = MonitorConfiguration.DataDirectory(configuration);
        if (options.Provider == StoreProvider.Sqlite && string.IsNullOrEmpty(options.ConnectionString)
            && !File.Exists(Path.Combine(options.DataDirectory, Database.SqliteFileName)))
        {
            await Console.Error.WriteLineAsync($"No Woodbrook Monitor store in {options.DataDirectory} (expected {Database.SqliteFileName} there; pass --data DIR).");
            return (null, options);
        }
        var database = new Database(Options.Create(options), TimeProvider.System);
        await database.MigrateAsync(cancellationToken);
        return (database, options);
    }

    public static Option<string?> DataOption() => new("--data") { Description = "The data directory (as given to demo --data, or Host:DataDirectory)." };
}
