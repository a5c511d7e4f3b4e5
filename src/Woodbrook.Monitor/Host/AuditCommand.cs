using System.CommandLine;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Host;

internal static class AuditCommand
{
    public static Command Create()
    {
        var data = StoreAccess.DataOption();
        var verify = new Command("verify", "Check that no audit entry was edited or removed: exit 0 when the chain is intact, 1 naming the first bad entry.");
        verify.Options.Add(data);
        verify.SetAction(async (parse, ct) =>
        {
            var database = await StoreAccess.OpenExistingAsync(parse.GetValue(data), ct);
            if (database is null)
            {
                return 2;
            }
            var audit = new AuditLog(database, TimeProvider.System);
            var broken = await audit.VerifyAsync(ct);
            if (broken is not null)
            {
                await Console.Error.WriteLineAsync($"audit chain broken: {broken.Description}");
                return 1;
            }
            var count = (await audit.ReadAsync(null, ct)).Count;
            Console.WriteLine($"audit chain intact: {count} entries");
            return 0;
        });
        var audit = new Command("audit", "The append-only audit trail.");
        audit.Subcommands.Add(verify);
        return audit;
    }
}
