using System.ComponentModel.DataAnnotations;

namespace Woodbrook.Monitor.Approve;

public sealed class ApproveOptions
{
    public const string Section = "Approve";

    /// <summary>Where the service's own web endpoint listens (Kestrel). Keep it on loopback or an internal address and
    /// put a TLS reverse proxy in front when the approval links must open from outside the practice network.</summary>
    [Required]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The address written into emailed links, as a phone reaches it.</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:5080");

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(72);

    /// <summary>Who is asked to decide. Each gets their own link; the first decision wins.</summary>
    [MinLength(1)]
    public List<string> Approvers { get; set; } = [];

    /// <summary>Base64 HMAC key (at least 32 bytes) for signing links. A secret: environment or secrets file only.
    /// Empty: the service generates one on first run and keeps it in the data directory.</summary>
    public string? SigningKey { get; set; }

    /// <summary>A case still pending this long after the approvers were asked is sent to them again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A case still pending this long after the reminder is escalated to the practice manager.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RequestInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Failed link attempts allowed from one address in <see cref="FailureWindow"/> before it is refused.</summary>
    [Range(1, 10_000)]
    public int MaxFailedAttempts { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(10);
}
