using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Tests.Support;

/// <summary>A real SQLite file in its own temp folder, migrated, deleted afterwards.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private TempDatabase(string folder, Database database)
    {
        _folder = folder;
        Database = database;
    }

    public Database Database { get; }

    public static async Task<TempDatabase> CreateAsync(TimeProvider time)
    {
        var folder = Path.Combine(Path.GetTempPath(), "woodbrook-tests", Guid.NewGuid().ToString("N"));
        var database = new Database(Options.Create(new QueueOptions { DataDirectory = folder }), time);
        await database.MigrateAsync(CancellationToken.None);
        return new TempDatabase(folder, database);
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException("No value.");
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql, parameters);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing connection; the temp folder is cleaned by the OS.
        }
        return ValueTask.CompletedTask;
    }
}
