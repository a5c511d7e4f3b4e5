using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Woodbrook.Monitor.Act;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Host;

internal static class EvidenceCommand
{
    public static Command Create()
    {
        var data = StoreAccess.DataOption();
        var caseId = new Argument<long>("case") { Description = "The case number, as in the approval email." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the evidence into.", Required = true };
        var export = new Command("export", "Write a case's evidence (JSON with its SHA-256, plus a readable HTML page) for a solicitor or the defence union.");
        export.Arguments.Add(caseId);
        export.Options.Add(data);
        export.Options.Add(output);
        export.SetAction(async (parse, ct) =>
        {
            var (database, queueOptions) = await StoreAccess.OpenWithOptionsAsync(parse.GetValue(data), ct);
            if (database is null)
            {
                return 2;
            }
            var id = parse.GetValue(caseId);
            var folder = parse.GetValue(output)!;
            var written = await ExportAsync(database, id, folder.FullName, ct);
            if (written is null)
            {
                await Console.Error.WriteLineAsync($"No case {id} in this store.");
                return 1;
            }
            Console.WriteLine($"evidence for case {id} written to {written}");
            // Repeated conduct: the same author's other cases in the window go with it.
            var queue = new ModerationQueue(database, new AuditLog(database, TimeProvider.System), TimeProvider.System);
            var view = await queue.GetCaseAsync(id, ct);
            foreach (var linked in await queue.LinkedCasesAsync(view!, queueOptions.RepeatAuthorWindow, ct))
            {
                Console.WriteLine($"linked case {linked.Id} (same author) written to {await ExportAsync(database, linked.Id, folder.FullName, ct)}");
            }
            return 0;
        });
        var evidence = new Command("evidence", "Evidence kept before removal.");
        evidence.Subcommands.Add(export);
        return evidence;
    }

    /// <summary>Writes case-N.json and case-N.html; returns the JSON path, or null when there is no such case.</summary>
    public static async Task<string?> ExportAsync(Database database, long caseId, string folder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var view = await ModerationQueue.GetCaseAsync(connection, null, caseId, cancellationToken);
        if (view is null)
        {
            return null;
        }
        var saved = await EvidenceLocker.ReadAsync(connection, caseId, cancellationToken);
        // A case not yet removed has no saved record: export the record as it would be saved now, and say so.
        var record = saved?.RecordJson ?? EvidenceLocker.BuildRecord(view, TimeProvider.System.GetUtcNow());
        var sha = saved?.Sha256 ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(record)));
        var auditEntries = await new AuditLog(database, TimeProvider.System).ReadAsync(caseId, cancellationToken);
        var export = new JsonObject
        {
            ["case_id"] = caseId,
            ["record_sha256"] = sha,
            ["record_saved_before_removal"] = saved is not null,
            ["record"] = record,
            ["audit"] = new JsonArray(auditEntries.Select(e => (JsonNode)new JsonObject
            {
                ["seq"] = e.Seq, ["at"] = e.At.ToString("O"), ["actor"] = e.Actor, ["event"] = e.Event, ["detail"] = e.Detail, ["hash"] = e.Hash,
            }).ToArray()),
        };
        Directory.CreateDirectory(folder);
        var jsonPath = Path.Combine(folder, $"case-{caseId.ToString(CultureInfo.InvariantCulture)}.json");
        await File.WriteAllTextAsync(jsonPath, export.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
        var html = new StringBuilder("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Evidence, case ")
            .Append(caseId).Append("</title><style>body{font-family:Arial,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.5}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}td,th{text-align:left;padding:.25rem .5rem;vertical-align:top}</style></head><body>")
            .Append("<h1>Evidence record, case ").Append(caseId).Append("</h1>")
            .Append("<p>SHA-256 of the record below: <code>").Append(sha).Append("</code>")
            .Append(saved is null ? " (computed at export: the comment had not been removed)" : " (saved before removal)").Append("</p>")
            .Append("<h2>The comment</h2><blockquote>").Append(WebUtility.HtmlEncode(view.Text)).Append("</blockquote>")
            .Append("<table><tr><th>Platform</th><td>").Append(ModerationQueue.Wire(view.Platform)).Append("</td></tr>")
            .Append("<tr><th>Author (as the API exposed it)</th><td>").Append(WebUtility.HtmlEncode(view.AuthorName ?? "not exposed")).Append(' ')
            .Append(WebUtility.HtmlEncode(view.AuthorId ?? "")).Append("</td></tr>")
            .Append("<tr><th>Posted</th><td>").Append(view.CommentCreated.ToString("u", CultureInfo.InvariantCulture)).Append("</td></tr>")
            .Append("<tr><th>Permalink</th><td>").Append(WebUtility.HtmlEncode(view.Permalink ?? "")).Append("</td></tr>")
            .Append("<tr><th>Labels</th><td>").Append(WebUtility.HtmlEncode(string.Join(", ", view.Labels.Select(Classify.CommentLabels.ToWire)))).Append("</td></tr>")
            .Append("<tr><th>Decision</th><td>").Append(WebUtility.HtmlEncode($"{view.Decision} by {view.DecidedBy} at {view.DecidedAt:u}")).Append("</td></tr></table>")
            .Append("<h2>Audit trail</h2><table>");
        foreach (var e in auditEntries)
        {
            html.Append("<tr><td>").Append(e.At.ToString("u", CultureInfo.InvariantCulture)).Append("</td><td>").Append(WebUtility.HtmlEncode(e.Actor))
                .Append("</td><td>").Append(WebUtility.HtmlEncode(e.Event)).Append("</td><td><code>").Append(WebUtility.HtmlEncode(e.Detail)).Append("</code></td></tr>");
        }
        html.Append("</table><h2>Record (JSON, as hashed)</h2><pre>").Append(WebUtility.HtmlEncode(record)).Append("</pre></body></html>");
        await File.WriteAllTextAsync(Path.Combine(folder, $"case-{caseId.ToString(CultureInfo.InvariantCulture)}.html"), html.ToString(), cancellationToken);
        return jsonPath;
    }
}
