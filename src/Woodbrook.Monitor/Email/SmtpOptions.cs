using System.ComponentModel.DataAnnotations;

namespace Woodbrook.Monitor.Email;

/// <summary>SMTP submission, e.g. NHSmail (send.nhs.net:587) or Microsoft 365 (smtp.office365.com:587), both STARTTLS
/// with authentication. The password is a secret: <c>WOODBROOK__Email__Smtp__Password</c> or the secrets file.</summary>
public sealed class SmtpOptions
{
    /// <summary>Empty: no SMTP; messages are written to the pickup folder instead.</summary>
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
