using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Woodbrook.Monitor.GraphSandbox;
using Woodbrook.Monitor.Host;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.EndToEnd;

/// <summary>The whole pipeline over loopback: the Graph sandbox, the service with its Quartz jobs, SQLite, the mail
/// pickup folder, and the approval page driven by HTTP as a person's browser would.</summary>
public sealed partial class PipelineTests
{
    [Fact]
    public async Task Pipeline_FlaggedCommentApprovedForDelete_SandboxReceivesDeleteAndAuditHoldsIt()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = cts.Token;
        var data = Path.Combine(Path.GetTempPath(), "wm-e2e-" + Guid.NewGuid().ToString("N"));
        await using var sandbox = await GraphSandboxServer.StartAsync(new GraphSandboxOptions(), ct);
        var port = FreePort();
        await using var app = Program.BuildApp(DemoSettings.For(sandbox, port, data));
        await app.StartAsync(ct);

        var email = await WaitForApprovalEmailAsync(Path.Combine(data, "mail"), ct);
        Assert.StartsWith("Woodbrook Monitor: case ", email.Subject, StringComparison.Ordinal);
        var link = LinkPattern().Match(email.Text).Value;
        Assert.StartsWith($"http://127.0.0.1:{port}/approve/", link, StringComparison.Ordinal);

        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = true });
        var page = await http.GetStringAsync(link, ct);
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, ct);
        Assert.DoesNotContain(sandbox.Actions, a => a.Action == "delete");
        var form = new HtmlParser().ParseDocument(page).QuerySelector("form[method=post]")!;
        var token = form.QuerySelector("input[name=token]")!.GetAttribute("value")!;
        var decided = await http.PostAsync(new Uri(new Uri(link), form.GetAttribute("action")),
            new FormUrlEncodedContent([new("token", token), new("decision", "delete")]), ct);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var caseId = long.Parse(CasePattern().Match(email.Subject).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await WaitUntilAsync(() => sandbox.Actions.Any(a => a.Action == "delete"), ct);
        var delete = Assert.Single(sandbox.Actions, a => a.Action == "delete");

        var database = app.Services.GetRequiredService<Database>();
        var audit = await new AuditLog(database, TimeProvider.System).ReadAsync(caseId, ct);
        await WaitUntilAsync(async () => (await new AuditLog(database, TimeProvider.System).ReadAsync(caseId, ct)).Any(e => e.Event == "action.delete"), ct);
        audit = await new AuditLog(database, TimeProvider.System).ReadAsync(caseId, ct);
        Assert.Contains(audit, e => e.Event == "case.decided");
        Assert.Contains(audit, e => e.Event == "evidence.saved");
        var deleted = Assert.Single(audit, e => e.Event == "action.delete");
        Assert.Contains("\"outcome\":\"done\"", deleted.Detail, StringComparison.Ordinal);
        var view = await app.Services.GetRequiredService<ModerationQueue>().GetCaseAsync(caseId, ct);
        Assert.Equal(delete.Id, view!.CommentId);
        Assert.Null(await new AuditLog(database, TimeProvider.System).VerifyAsync(ct));

        var replay = await http.PostAsync(new Uri(new Uri(link), "/approve"), new FormUrlEncodedContent([new("token", token), new("decision", "delete")]), ct);
        Assert.Contains("already been decided", await replay.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, ct);
        Assert.Single(sandbox.Actions, a => a.Action == "delete");
        await app.StopAsync(ct);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static async Task<EmlFile> WaitForApprovalEmailAsync(string folder, CancellationToken ct)
    {
        EmlFile? found = null;
        await WaitUntilAsync(() =>
        {
            if (!Directory.Exists(folder))
            {
                return false;
            }
            found = Directory.GetFiles(folder, "*.eml").Select(f => EmlFile.Parse(File.ReadAllText(f)))
                .FirstOrDefault(e => e.Subject.Contains("needs a decision", StringComparison.Ordinal));
            return found is not null;
        }, ct);
        return found!;
    }

    internal static Task WaitUntilAsync(Func<bool> condition, CancellationToken ct) => WaitUntilAsync(() => Task.FromResult(condition()), ct);

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, CancellationToken ct)
    {
        var deadline = TimeProvider.System.GetTimestamp();
        while (!await condition())
        {
            if (TimeProvider.System.GetElapsedTime(deadline) > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException("the pipeline did not get there within 90 s");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), TimeProvider.System, ct);
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/approve/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"case (\d+)")]
    private static partial Regex CasePattern();
}
