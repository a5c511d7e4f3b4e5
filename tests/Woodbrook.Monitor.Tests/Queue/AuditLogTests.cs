using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Queue;

public sealed class AuditLogTests
{
    private static async Task<TestStore> StoreWithEntriesAsync(int count)
    {
        var store = new TestStore();
        for (var i = 1; i <= count; i++)
        {
            await store.Audit.AppendAsync("tester", "test.event", i, $$"""{"n":"{{i}}"}""", CancellationToken.None);
            store.Time.Advance(TimeSpan.FromSeconds(1));
        }
        return store;
    }

    [Fact]
    public async Task Verify_UntouchedChain_ReturnsNull()
    {
        using var store = await StoreWithEntriesAsync(5);
        Assert.Null(await store.Audit.VerifyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Verify_EditedDetail_NamesTheEditedEntry()
    {
        using var store = await StoreWithEntriesAsync(5);
        await store.ExecuteAsync("UPDATE audit_log SET detail = '{\"n\":\"forged\"}' WHERE seq = 3");
        var broken = await store.Audit.VerifyAsync(CancellationToken.None);
        Assert.NotNull(broken);
        Assert.Equal(3, broken.Seq);
        Assert.Contains("edited", broken.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RemovedEntry_NamesTheEntryAfterTheGap()
    {
        using var store = await StoreWithEntriesAsync(5);
        await store.ExecuteAsync("DELETE FROM audit_log WHERE seq = 2");
        var broken = await store.Audit.VerifyAsync(CancellationToken.None);
        Assert.NotNull(broken);
        Assert.Equal(3, broken.Seq);
        Assert.Contains("after entry 1", broken.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EditedActorWithRecomputedOwnHash_StillDetectedByTheNextEntry()
    {
        using var store = await StoreWithEntriesAsync(4);
        var entries = await store.Audit.ReadAsync(null, CancellationToken.None);
        var second = entries[1];
        var forgedHash = Woodbrook.Monitor.Queue.AuditLog.Hash(second.PrevHash, second.At.ToUnixTimeMilliseconds(), "someone else", second.Event, second.CaseId, second.Detail);
        await store.ExecuteAsync("UPDATE audit_log SET actor = 'someone else', hash = @forgedHash WHERE seq = 2", new { forgedHash });
        var broken = await store.Audit.VerifyAsync(CancellationToken.None);
        Assert.NotNull(broken);
        Assert.Equal(3, broken.Seq);
    }
}
