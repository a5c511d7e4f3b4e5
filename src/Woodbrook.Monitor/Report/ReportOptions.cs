using System.ComponentModel.DataAnnotations;

namespace Woodbrook.Monitor.Report;

public sealed class ReportOptions
{
    public const string Section = "Report";

    /// <summary>Quartz cron expression for the daily digest, in <see cref="TimeZoneId"/>.</summary>
    [Required]
    public string DigestCron { get; set; } = "0 0 8 * * ?";

    /// <summary>The practice's time zone, for the digest trigger and for display. Stored times stay UTC.</summary>
    [Required]
    public string TimeZoneId { get; set; } = "Europe/London";

    /// <summary>Who reads the digest, and who is told when a source needs attention (an expired token, say).</summary>
    [Required, EmailAddress]
    public string PracticeManager { get; set; } = "";
}
