using System.CommandLine;

namespace Woodbrook.Monitor.Host;

internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Run everything on embedded defaults: a Graph sandbox on loopback with a sample scenario, SQLite and an email pickup folder under --data, approval pages on --port.");
        return command;
    }
}
