using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Host;

/// <summary>The offline commands, run through the real command line against a store on disk.</summary>
[Collection(nameof(CommandTests))]
public sealed class CommandTests
{
    [Fact]
    public async Task AuditVerify_IntactThenEdited_ExitsZeroThenOne()
    {
        using var store = new TestStore();
        await Some.PendingCaseAsync(store);
        Assert.Equal(0, await Program.Main(["audit", "verify", "--data", store.Folder]));
        await store.ExecuteAsync("UPDATE audit_log SET actor = 'somebody else' WHERE seq = 1");
        Assert.Equal(1, await Program.Main(["audit", "verify", "--data", store.Folder]));
    }

    [Fact]
    public async Task AuditVerify_AnchorFromADigest_CatchesTheNewestEntriesRemoved()
    {
        using var store = new TestStore();
        await Some.PendingCaseAsync(store);
        var (seq, hash) = await NewestAuditEntryAsync(store);
        var anchor = $"{seq}:{hash[..16]}";
        Assert.Equal(0, await Program.Main(["audit", "verify", "--data", store.Folder, "--anchor", anchor]));
        await store.ExecuteAsync("DELETE FROM audit_log WHERE seq = @seq", new { seq });
        Assert.Equal(0, await Program.Main(["audit", "verify", "--data", store.Folder]));
        Assert.Equal(1, await Program.Main(["audit", "verify", "--data", store.Folder, "--anchor", anchor]));
        Assert.Equal(2, await Program.Main(["audit", "verify", "--data", store.Folder, "--anchor", "twelve"]));
    }

    private static async Task<(long Seq, string Hash)> NewestAuditEntryAsync(TestStore store)
    {
        await using var connection = await store.Database.OpenAsync(CancellationToken.None);
        return await Dapper.SqlMapper.QuerySingleAsync<(long, string)>(connection, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    }

    [Fact]
    public async Task AuditVerify_NoStore_ExitsWithAnError()
    {
        var empty = Path.Combine(Path.GetTempPath(), "wm-empty-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(2, await Program.Main(["audit", "verify", "--data", empty]));
        Assert.False(Directory.Exists(Path.Combine(empty, "woodbrook.db")));
    }

    [Fact]
    public async Task EvidenceExport_SavedRecord_WritesJsonWhoseHashMatchesAndAReadablePage()
    {
        using var store = new TestStore();
        var caseId = await Some.PendingCaseAsync(store);
        var view = await new ModerationQueue(store.Database, store.Audit, store.Time).GetCaseAsync(caseId, CancellationToken.None);
        var sha = await new Woodbrook.Monitor.Act.EvidenceLocker(store.Database, store.Audit, store.Time).SaveAsync(view!, CancellationToken.None);
        var output = Path.Combine(store.Folder, "export");
        Assert.Equal(0, await Program.Main(["evidence", "export", caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", store.Folder, "--out", output]));

        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(output, $"case-{caseId}.json")))!;
        Assert.Equal(sha, json["record_sha256"]!.GetValue<string>());
        var record = json["record"]!.GetValue<string>();
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(record))));
        Assert.True(json["record_saved_before_removal"]!.GetValue<bool>());
        Assert.Contains("case.opened", json["audit"]!.ToJsonString(), StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(Path.Combine(output, $"case-{caseId}.html"));
        Assert.Contains(sha, html, StringComparison.Ordinal);
        Assert.Contains("Dr Patel is a drunk", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceExport_AuthorWithTwoCases_ExportsBothTogether()
    {
        using var store = new TestStore();
        var first = await Some.PendingCaseAsync(store);
        var second = await Some.PendingCaseAsync(store, "Dr Patel stole my prescription money");
        var output = Path.Combine(store.Folder, "export");
        Assert.Equal(0, await Program.Main(["evidence", "export", second.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", store.Folder, "--out", output]));
        Assert.True(File.Exists(Path.Combine(output, $"case-{first}.json")));
        Assert.True(File.Exists(Path.Combine(output, $"case-{second}.json")));
    }

    [Fact]
    public async Task EvidenceExport_UnknownCase_ExitsOne()
    {
        using var store = new TestStore();
        Assert.Equal(1, await Program.Main(["evidence", "export", "999", "--data", store.Folder, "--out", Path.Combine(store.Folder, "x")]));
    }
}
