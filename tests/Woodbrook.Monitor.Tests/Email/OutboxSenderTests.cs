using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Tests.Fakes;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Email;

public sealed class OutboxSenderTests
{
    private static OutgoingEmail Mail(string subject = "Subject") => new("test", "someone@example.org", subject, "body", "<p>body</p>");

    private static OutboxSender Sender(TestStore store, IEmailSender sender) =>
        new(store.Database, sender, store.Audit, Options.Create(new EmailOptions { From = "monitor@example.org", Smtp = new SmtpOptions { Host = "smtp.example.org" } }),
            store.Time, NullLogger<OutboxSender>.Instance);

    [Fact]
    public async Task Enqueue_SameKeyTwice_KeepsOneMessage()
    {
        using var store = new TestStore();
        var outbox = new Outbox(store.Database, store.Time);
        Assert.True(await outbox.EnqueueAsync(Mail(), "k1", CancellationToken.None));
        Assert.False(await outbox.EnqueueAsync(Mail(), "k1", CancellationToken.None));
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task Run_ServerDown_KeepsMessageAndSendsWhenServerIsBack()
    {
        using var store = new TestStore();
        await new Outbox(store.Database, store.Time).EnqueueAsync(Mail(), "k1", CancellationToken.None);
        var smtp = new RecordingEmailSender { Failing = true };
        var sender = Sender(store, smtp);
        Assert.Equal((0, 1), await sender.RunAsync(CancellationToken.None));
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND attempts = 1"));

        smtp.Failing = false;
        Assert.Equal((0, 0), await sender.RunAsync(CancellationToken.None));
        store.Time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal((1, 0), await sender.RunAsync(CancellationToken.None));
        Assert.Single(smtp.Sent);
        Assert.Equal((0, 0), await sender.RunAsync(CancellationToken.None));
        Assert.Single(smtp.Sent);
    }

    [Fact]
    public async Task Run_ApprovalEmail_ReportsItsLink()
    {
        using var store = new TestStore();
        await new Outbox(store.Database, store.Time).EnqueueAsync(Mail() with { Link = "https://x.example/approve/abc" }, "k1", CancellationToken.None);
        var sender = Sender(store, new RecordingEmailSender());
        var links = new List<string>();
        sender.OnApprovalLinkSent = links.Add;
        await sender.RunAsync(CancellationToken.None);
        Assert.Equal(["https://x.example/approve/abc"], links);
    }

    [Fact]
    public void RetryDelay_GrowsAndIsCapped()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), OutboxSender.RetryDelay(1));
        Assert.Equal(TimeSpan.FromSeconds(60), OutboxSender.RetryDelay(2));
        Assert.Equal(TimeSpan.FromMinutes(30), OutboxSender.RetryDelay(20));
    }

    [Theory]
    [InlineData("Case 4\r\nBcc: attacker@example.org", "Case 4Bcc: attacker@example.org")]
    [InlineData("plain", "plain")]
    public void SingleLine_StripsLineBreaks(string input, string expected) =>
        Assert.Equal(expected, SmtpEmailSender.SingleLine(input));
}
