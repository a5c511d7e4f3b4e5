using System.CommandLine;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Host;

internal static class AuditCommand
{
    public static Command Create()
    {
        var data = StoreAccess.DataOption();
        var anchor = new Option<string?>("--anchor")
        {
            Description = "SEQ:FINGERPRINT from a daily digest: also check that entry is still there unchanged, so removing the newest entries is caught",
        };
        var verify = new Command("verify", "Check that no audit entry was edited or removed: exit 0 when the chain is intact, 1 naming the first bad entry.");
        verify.Options.Add(data);
        verify.Options.Add(anchor);
        verify.SetAction(async (parse, ct) =>
        {
            var database = await StoreAccess.OpenExistingAsync(parse.GetValue(data), ct);
            if (database is null)
            {
                return 2;
            }
            (long Seq, string Fingerprint)? expected = null;
            if (parse.GetValue(anchor) is { } given)
            {
                var parts = given.Split(':');
                if (parts.Length != 2 || !long.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seq)
                    || parts[1].Length < 8 || !parts[1].All(char.IsAsciiHexDigit))
                {
                    await Console.Error.WriteLineAsync($"--anchor must be SEQ:FINGERPRINT as printed in a digest (e.g. 412:3f9a0c1e5b7d2a64), not '{given}'");
                    return 2;
                }
                expected = (seq, parts[1]);
            }
            await using var connection = await database.OpenAsync(ct);
            var check = await AuditLog.CheckAsync(connection, null, ct);
            if (check.Break is { } broken)
            {
                await Console.Error.WriteLineAsync($"audit chain broken: {broken.Description}");
                return 1;
            }
            if (expected is { } e && await AuditLog.CheckAnchorAsync(connection, null, e.Seq, e.Fingerprint, ct) is { } problem)
            {
                await Console.Error.WriteLineAsync($"audit chain broken: {problem}");
                return 1;
            }
            Console.WriteLine($"audit chain intact: {check.Entries} entries{(expected is { } a ? $", entry {a.Seq} still matches the digest's fingerprint" : "")}");
            return 0;
        });
        var audit = new Command("audit", "The append-only audit trail.");
        audit.Subcommands.Add(verify);
        return audit;
    }
}
