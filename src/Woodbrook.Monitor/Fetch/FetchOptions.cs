using System.ComponentModel.DataAnnotations;

namespace Woodbrook.Monitor.Fetch;

public sealed class FetchOptions
{
    public const string Section = "Fetch";

    /// <summary>Base address of the Graph API; the demo and the tests point it at the Graph sandbox.</summary>
    [Required]
    public Uri GraphBaseUrl { get; set; } = new("https://graph.facebook.com/");

    [Required, RegularExpression(@"^v\d+\.\d+$")]
    public string GraphVersion { get; set; } = "v25.0";

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How far back the first run of a source reads.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "90.00:00:00")]
    public TimeSpan Backfill { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The Facebook Pages and Instagram accounts to watch, keyed by a short name of the practice's choosing.</summary>
    public Dictionary<string, SourceOptions> Sources { get; set; } = [];
}
