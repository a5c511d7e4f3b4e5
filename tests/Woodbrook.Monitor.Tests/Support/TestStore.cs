using Dapper;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Tests.Fakes;

namespace Woodbrook.Monitor.Tests.Support;

/// <summary>A real SQLite store in a fresh temporary folder, migrated, deleted afterwards.</summary>
public sealed class TestStore : IDisposable
{
    public TestStore(FakeTimeProvider? time = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "wm-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Time = time ?? new FakeTimeProvider();
        Database = new Database(Options.Create(new QueueOptions { DataDirectory = Folder }), Time);
        Database.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        Audit = new AuditLog(Database, Time);
    }

    public string Folder { get; }

    public FakeTimeProvider Time { get; }

    public Database Database { get; }

    public AuditLog Audit { get; }

    public async Task<long> ScalarAsync(string sql, object? args = null)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(sql, args);
    }

    public async Task ExecuteAsync(string sql, object? args = null)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql, args);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
