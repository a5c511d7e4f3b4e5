using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Report;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Report;

public sealed class DigestSenderTests
{
    private static DigestSender Sender(TestStore store) => new(store.Database, new Outbox(store.Database, store.Time),
        Options.Create(new ReportOptions { PracticeManager = "pm@example.org", TimeZoneId = "Europe/London" }), store.Time, NullLogger<DigestSender>.Instance);

    [Fact]
    public async Task Run_TwiceOnOneLocalDate_QueuesOneDigest()
    {
        using var store = new TestStore();
        Assert.True(await Sender(store).RunAsync(CancellationToken.None));
        store.Time.Advance(TimeSpan.FromHours(1));
        Assert.False(await Sender(store).RunAsync(CancellationToken.None));
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE kind = 'digest'"));
    }

    [Fact]
    public async Task Run_NextDay_QueuesAnother()
    {
        using var store = new TestStore();
        await Sender(store).RunAsync(CancellationToken.None);
        store.Time.Advance(TimeSpan.FromDays(1));
        Assert.True(await Sender(store).RunAsync(CancellationToken.None));
        Assert.Equal(2, await store.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE kind = 'digest'"));
    }

    [Fact]
    public async Task Run_WithPendingCase_CountsItByLabelAndWithoutCommentText()
    {
        using var store = new TestStore();
        await Some.PendingCaseAsync(store, "Dr Patel is a drunk");
        await Sender(store).RunAsync(CancellationToken.None);
        var body = await ReadBodyAsync(store);
        Assert.Contains("Identifies a member of staff: 1", body, StringComparison.Ordinal);
        Assert.Contains("1 case(s) waiting for a decision", body, StringComparison.Ordinal);
        Assert.DoesNotContain("drunk", body, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> ReadBodyAsync(TestStore store)
    {
        await using var connection = await store.Database.OpenAsync(CancellationToken.None);
        return await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection, "SELECT text_body FROM outbox WHERE kind = 'digest'") ?? "";
    }
}
