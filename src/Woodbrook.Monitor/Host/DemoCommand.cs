using System.CommandLine;
using System.Globalization;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.GraphSandbox;

namespace Woodbrook.Monitor.Host;

internal static class DemoCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port for the approval pages on 127.0.0.1.", DefaultValueFactory = _ => 5080 };
        var data = new Option<string?>("--data") { Description = "Data directory (SQLite store, mail pickup folder, logs). Default: a fresh folder it names." };
        var command = new Command("demo", "Run everything on embedded defaults, no Facebook account, configuration or network needed: a Graph sandbox on loopback with a sample scenario, SQLite and an email pickup folder under --data, approval pages on --port.");
        command.Options.Add(port);
        command.Options.Add(data);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(port), parse.GetValue(data), ct));
        return command;
    }

    private static async Task<int> RunAsync(int port, string? data, CancellationToken cancellationToken)
    {
        var dataDirectory = Path.GetFullPath(data ?? Path.Combine(Path.GetTempPath(),
            "woodbrook-demo-" + TimeProvider.System.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)));
        Directory.CreateDirectory(dataDirectory);
        await using var sandbox = await GraphSandboxServer.StartAsync(new GraphSandboxOptions(), cancellationToken);
        Console.WriteLine($"graph sandbox: {sandbox.BaseUrl.ToString().TrimEnd('/')}");
        await using var app = Program.BuildApp(DemoSettings.For(sandbox, port, dataDirectory));
        app.Services.GetRequiredService<OutboxSender>().OnApprovalLinkSent = link => Console.WriteLine($"approval link: {link}");
        await app.StartAsync(cancellationToken);
        Console.WriteLine($"approval pages: http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        Console.WriteLine($"data directory: {dataDirectory} (emails as .eml files in {Path.Combine(dataDirectory, "mail")})");
        Console.WriteLine("Waiting for comments to be fetched and flagged; approval links follow. Press Ctrl+C to stop.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
