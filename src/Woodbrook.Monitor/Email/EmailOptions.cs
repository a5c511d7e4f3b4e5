using System.ComponentModel.DataAnnotations;

namespace Woodbrook.Monitor.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    [Required, EmailAddress]
    public string From { get; set; } = "";

    /// <summary>How often the outbox is sent.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Where messages go when no SMTP host is configured: one .eml file per message. Defaults to
    /// <c>mail/</c> under the data directory.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>True when no SMTP host is configured, so messages go to the pickup folder.</summary>
    public bool UsesPickupFolder => string.IsNullOrWhiteSpace(Smtp.Host);

    /// <summary>The pickup folder, <c>mail</c> when none was configured.</summary>
    public string PickupFolder => PickupDirectory ?? "mail";
}
