using System.ComponentModel.DataAnnotations;

namespace Woodbrook.Monitor.Queue;

public enum StoreProvider
{
    Sqlite,
    Postgres,
}

public sealed class QueueOptions
{
    public const string Section = "Queue";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>For PostgreSQL, required (a secret: from the environment or the secrets file). For SQLite, optional:
    /// the default is <c>woodbrook.db</c> in the data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file, the email pickup folder and the logs live.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>How often newly fetched comments are classified and, when flagged, opened as cases.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ScreenInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many comments one screening run takes, so a large backfill is worked through in steps.</summary>
    [Range(1, 10_000)]
    public int ScreenBatchSize { get; set; } = 500;

    /// <summary>Labels whose harm is immediate: a case with one of them is hidden at once (reversible; Keep unhides it)
    /// while it waits for a decision.</summary>
    public string[] HideWhileWaiting { get; set; } = ["other_patient_data", "abuse"];

    /// <summary>How far back cases from the same author are linked (repeated conduct counts under harassment law).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan RepeatAuthorWindow { get; set; } = TimeSpan.FromDays(30);
}
