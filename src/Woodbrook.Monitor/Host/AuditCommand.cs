using System.CommandLine;

namespace Woodbrook.Monitor.Host;

internal static class AuditCommand
{
    public static Command Create() => new("audit", "Check the audit trail.");
}
