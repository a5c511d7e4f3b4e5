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

    /// <summary>The Meta app id, for <c>debug_token</c> (the app token is <c>{AppId}|{AppSecret}</c>).</summary>
    public string? AppId { get; set; }

    /// <summary>The Meta app secret (a secret: environment or secrets file only). Signs <c>appsecret_proof</c> on every
    /// call and checks webhook signatures.</summary>
    public string? AppSecret { get; set; }

    /// <summary>When any rate-limit header reports this percentage or more, the source pauses.</summary>
    [Range(1, 100)]
    public int UsageThreshold { get; set; } = 80;

    /// <summary>How far back Instagram media are watched for new comments (media have no "last activity" time).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan InstagramMediaWindow { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Retries of a transient Graph failure (5xx, <c>is_transient</c>, codes 1 and 2, network, timeout).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a source's circuit stays open after repeated transient failures.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Days before a token's expiry (or data-access expiry) that the daily check starts warning.</summary>
    [Range(1, 60)]
    public int TokenWarningDays { get; set; } = 14;

    public WebhookOptions Webhooks { get; set; } = new();
}
