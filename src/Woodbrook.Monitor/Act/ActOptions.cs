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

    /// <summary>Who is told when a complaint is deleted with complaints guidance.</summary>
    [Required, EmailAddress]
    public string ComplaintsLead { get; set; } = "";

    /// <summary>The private reply sent to the writer of a deleted complaint. Fixed text, no clinical information, and it
    /// may never quote the comment (checked at start and before each send).</summary>
    [Required, MinLength(20), MaxLength(1000)]
    public string ComplaintsReply { get; set; } =
        "Thank you for your comment. We want to look into concerns properly and privately, so we do not discuss them on social media " +
        "and have removed the comment. Please contact us through our complaints procedure: {complaints_procedure}";
}
