using System.Net;
using System.Net.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Email;

/// <summary>Email through a real SMTP server process (aiosmtpd) with STARTTLS and authentication, as NHSmail and
/// Microsoft 365 require.</summary>
[Collection(nameof(SmtpDeliveryTests))]
public sealed class SmtpDeliveryTests
{
    private static SmtpEmailSender Sender(int port, string password = SmtpServerProcess.Password) => new(Options.Create(new EmailOptions
    {
        From = "monitor@woodbrook.example",
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, UseStartTls = true, UserName = SmtpServerProcess.User, Password = password, Timeout = TimeSpan.FromSeconds(10) },
    }));

    private static IDisposable TrustOnly(SmtpServerProcess server)
    {
        // System.Net.Mail validates the server certificate through ServicePointManager; trust exactly the test server's.
#pragma warning disable SYSLIB0014 // SmtpClient has no other hook for certificate validation
        var previous = ServicePointManager.ServerCertificateValidationCallback;
        ServicePointManager.ServerCertificateValidationCallback = (_, cert, _, errors) =>
            errors == SslPolicyErrors.None || cert?.GetCertHashString() == server.Certificate.GetCertHashString();
        return new Restore(() => ServicePointManager.ServerCertificateValidationCallback = previous);
#pragma warning restore SYSLIB0014
    }

    [Fact]
    public async Task Send_StartTlsWithLogin_ServerReceivesHtmlAndTextWithCleanHeaders()
    {
        await using var server = await SmtpServerProcess.StartAsync();
        using var trust = TrustOnly(server);
        var email = new OutgoingEmail("approval", "comms@woodbrook.example", "Case 7 needs a decision\r\nBcc: attacker@evil.example",
            "Comment: \"Dr Patel ☹ is rubbish\"", "<p>Comment: &lt;b&gt;</p>", 7);
        await Sender(server.Port).SendAsync(email, "<abc@woodbrook-monitor>", CancellationToken.None);
        var raw = Assert.Single(server.Messages());
        var message = EmlFile.Parse(raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal("comms@woodbrook.example", message.To.Trim('<', '>'));
        Assert.DoesNotContain("attacker@evil.example", raw.Split("\n\n")[0].Split('\n').Where(l => l.StartsWith("Bcc", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotMatch(@"(?m)^Bcc:", raw);
        Assert.Contains("text/plain", raw, StringComparison.Ordinal);
        Assert.Contains("text/html", raw, StringComparison.Ordinal);
        Assert.Contains("Dr Patel ☹ is rubbish", message.Text, StringComparison.Ordinal);
        Assert.Contains("Message-ID: <abc@woodbrook-monitor>", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_WrongPassword_Throws()
    {
        await using var server = await SmtpServerProcess.StartAsync();
        using var trust = TrustOnly(server);
        await Assert.ThrowsAnyAsync<System.Net.Mail.SmtpException>(() =>
            Sender(server.Port, "wrong").SendAsync(new OutgoingEmail("t", "a@example.org", "s", "b", null), "<x@y>", CancellationToken.None));
        Assert.Empty(server.Messages());
    }

    [Fact]
    public async Task Outbox_SmtpOutage_DelaysEmailsWithoutLosingThem()
    {
        using var store = new TestStore();
        var port = MonitorHost.FreePort();
        var outbox = new Outbox(store.Database, store.Time);
        await outbox.EnqueueAsync(new OutgoingEmail("digest", "pm@woodbrook.example", "Digest", "body", null), "digest:1", CancellationToken.None);
        await outbox.EnqueueAsync(new OutgoingEmail("approval", "comms@woodbrook.example", "Case 1", "body", null, 1), "approval:1", CancellationToken.None);
        var sender = new OutboxSender(store.Database, Sender(port), store.Audit,
            Options.Create(new EmailOptions { From = "monitor@woodbrook.example", Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port } }),
            store.Time, NullLogger<OutboxSender>.Instance);

        Assert.Equal((0, 2), await sender.RunAsync(CancellationToken.None));
        store.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal((0, 2), await sender.RunAsync(CancellationToken.None));

        await using var server = await SmtpServerProcess.StartAsync(port);
        using var trust = TrustOnly(server);
        store.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal((2, 0), await sender.RunAsync(CancellationToken.None));
        Assert.Equal(2, server.Messages().Count);
        Assert.Equal((0, 0), await sender.RunAsync(CancellationToken.None));
        Assert.Equal(2, await store.ScalarAsync("SELECT COUNT(*) FROM audit_log WHERE event = 'email.sent'"));
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
