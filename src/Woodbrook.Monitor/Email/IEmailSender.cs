namespace Woodbrook.Monitor.Email;

/// <summary>The SMTP edge. Throws when the server does not accept the message; the outbox retries.</summary>
public interface IEmailSender
{
    Task SendAsync(OutgoingEmail email, string messageId, CancellationToken cancellationToken);
}
