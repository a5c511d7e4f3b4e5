using Woodbrook.Monitor.Email;

namespace Woodbrook.Monitor.Tests.Fakes;

/// <summary>Unit tests only: keeps what would have been sent; can play an SMTP server that is down.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    public List<OutgoingEmail> Sent { get; } = [];

    public bool Failing { get; set; }

    public Task SendAsync(OutgoingEmail email, string messageId, CancellationToken cancellationToken)
    {
        if (Failing)
        {
            throw new System.Net.Mail.SmtpException("service not available");
        }
        lock (Sent)
        {
            Sent.Add(email);
        }
        return Task.CompletedTask;
    }
}
