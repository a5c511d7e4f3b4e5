using System.Data.Common;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Woodbrook.Monitor.Queue;

/// <summary>Opens connections to the store and brings its schema up to date at start. Each stage writes its own
/// parameterised SQL against the connections this hands out.</summary>
public sealed class Database
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;

    public Database(IOptions<QueueOptions> options, TimeProvider time)
    {
        _time = time;
        var o = options.Value;
        Dialect = o.Provider == StoreProvider.Postgres ? SqlDialect.Postgres : SqlDialect.Sqlite;
        if (Dialect == SqlDialect.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(o.ConnectionString ?? "")
            {
                Pooling = true,
                DefaultTimeout = 30,
            };
            if (string.IsNullOrEmpty(builder.DataSource))
            {
                Directory.CreateDirectory(o.DataDirectory);
                builder.DataSource = Path.Combine(o.DataDirectory, SqliteFileName);
            }
            _connectionString = builder.ToString();
        }
        else
        {
            _connectionString = o.ConnectionString ?? throw new OptionsValidationException(QueueOptions.Section, typeof(QueueOptions),
                ["Queue:ConnectionString is required when Queue:Provider is Postgres."]);
        }
    }

    /// <summary>The SQLite file's name inside the data directory.</summary>
    public const string SqliteFileName = "woodbrook.db";

    public SqlDialect Dialect { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = Dialect == SqlDialect.Sqlite ? new SqliteConnection(_connectionString) : new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (Dialect == SqlDialect.Sqlite)
            {
                // Foreign keys are off by default in SQLite; the busy timeout lets several jobs share one file.
                await connection.ExecuteAsync("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;");
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Applies the embedded scripts <c>Queue/Sql/{dialect}/NNN_name.sql</c> not yet recorded in
    /// <c>schema_version</c>, in order, each in its own transaction. Safe to run at every start.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (Dialect == SqlDialect.Sqlite)
        {
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        }
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
        var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_version")).ToHashSet();
        var count = 0;
        foreach (var (version, name, sql) in Scripts(Dialect))
        {
            if (applied.Contains(version))
            {
                continue;
            }
            await using var tx = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: tx, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                new { version, name, at = _time.GetUtcNow().ToUnixTimeMilliseconds() }, tx, cancellationToken: cancellationToken));
            await tx.CommitAsync(cancellationToken);
            count++;
        }
        return count;
    }

    /// <summary>The embedded schema scripts for a dialect, ordered by version.</summary>
    public static IReadOnlyList<(long Version, string Name, string Sql)> Scripts(SqlDialect dialect)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"{assembly.GetName().Name}.Queue.Sql.{dialect.ScriptFolder}.";
        var list = new List<(long, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var file = resource[prefix.Length..^4];
            // Resource names of files starting with a digit get a leading underscore from MSBuild.
            var digits = file.TrimStart('_');
            var underscore = digits.IndexOf('_', StringComparison.Ordinal);
            var version = long.Parse(digits[..underscore], System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add((version, digits[(underscore + 1)..], reader.ReadToEnd()));
        }
        return list.OrderBy(s => s.Item1).ToList();
    }
}
