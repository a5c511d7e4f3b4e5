namespace Woodbrook.Monitor.Queue;

/// <summary>What differs between the SQLite and PostgreSQL stores. The SQL itself is written once, in the subset both
/// speak (INTEGER Unix-millisecond timestamps, ON CONFLICT, RETURNING); the schema scripts differ per dialect.</summary>
public sealed record SqlDialect(string Name, string ScriptFolder)
{
    public static SqlDialect Sqlite { get; } = new("sqlite", "sqlite");

    public static SqlDialect Postgres { get; } = new("postgres", "postgres");
}
