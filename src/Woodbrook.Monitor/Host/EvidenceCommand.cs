using System.CommandLine;

namespace Woodbrook.Monitor.Host;

internal static class EvidenceCommand
{
    public static Command Create() => new("evidence", "Export a case's evidence.");
}
