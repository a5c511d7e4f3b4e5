using System.ComponentModel.DataAnnotations;

namespace Woodbrook.Monitor.Act;

public sealed class ActOptions
{
    public const string Section = "Act";

    /// <summary>Log and record what would be done; change nothing on Facebook or Instagram.</summary>
    public bool DryRun { get; set; }

    /// <summary>Who is told, in a short "reported" email, after a comment is deleted or hidden.</summary>
    [Required, EmailAddress]
    public string ManagementTeam { get; set; } = "";

    /// <summary>How often decided actions that have not gone through yet are tried (a decision is also acted on at once).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;
}
