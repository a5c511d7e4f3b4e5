using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using Microsoft.Extensions.Options;

namespace Woodbrook.Monitor.Email;

/// <summary>Sends through System.Net.Mail: to an SMTP server (STARTTLS and authentication when configured), or, with
/// no host configured, as .eml files into the pickup folder.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    private readonly EmailOptions _options = options.Value;

    public async Task SendAsync(OutgoingEmail email, string messageId, CancellationToken cancellationToken)
    {
        using var message = new MailMessage
        {
            From = new MailAddress(_options.From, "Woodbrook Monitor"),
            Subject = SingleLine(email.Subject),
            SubjectEncoding = System.Text.Encoding.UTF8,
            BodyEncoding = System.Text.Encoding.UTF8,
            Body = email.TextBody,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(email.Recipient));
        // A stable Message-ID lets a mail server or client drop the copy a retry after a lost acknowledgement sends.
        message.Headers.Add("Message-ID", messageId);
        if (email.HtmlBody is not null)
        {
            message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(email.TextBody, System.Text.Encoding.UTF8, MediaTypeNames.Text.Plain));
            message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(email.HtmlBody, System.Text.Encoding.UTF8, MediaTypeNames.Text.Html));
        }
        using var client = new SmtpClient();
        if (_options.UsesPickupFolder)
        {
            Directory.CreateDirectory(_options.PickupFolder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = Path.GetFullPath(_options.PickupFolder);
        }
        else
        {
            client.Host = _options.Smtp.Host;
            client.Port = _options.Smtp.Port;
            client.EnableSsl = _options.Smtp.UseStartTls;
            client.Timeout = (int)_options.Smtp.Timeout.TotalMilliseconds;
            client.DeliveryMethod = SmtpDeliveryMethod.Network;
            if (!string.IsNullOrEmpty(_options.Smtp.UserName))
            {
                client.Credentials = new NetworkCredential(_options.Smtp.UserName, _options.Smtp.Password);
            }
        }
        await client.SendMailAsync(message, cancellationToken);
    }

    /// <summary>Headers never take a line break from data, so nothing can inject a header.</summary>
    internal static string SingleLine(string value) =>
        string.Concat(value.Where(c => !char.IsControl(c))).Trim();
}
