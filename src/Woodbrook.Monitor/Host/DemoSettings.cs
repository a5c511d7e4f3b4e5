using System.Globalization;
using Woodbrook.Monitor.GraphSandbox;

namespace Woodbrook.Monitor.Host;

/// <summary>The demo's embedded defaults: everything pointed at a Graph sandbox on loopback, short intervals, SQLite
/// and the mail pickup folder under one data directory. Also what the end-to-end tests run.</summary>
public static class DemoSettings
{
    public static IReadOnlyDictionary<string, string?> For(GraphSandboxServer sandbox, int port, string dataDirectory)
    {
        var baseUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        return new Dictionary<string, string?>
        {
            ["Host:DataDirectory"] = dataDirectory,
            ["Host:SecretsFile"] = "",
            ["Queue:Provider"] = "Sqlite",
            ["Queue:ConnectionString"] = "",
            ["Queue:ScreenInterval"] = "00:00:02",
            ["Fetch:GraphBaseUrl"] = sandbox.BaseUrl.ToString(),
            ["Fetch:Interval"] = "00:00:05",
            ["Fetch:AppId"] = sandbox.AppId,
            ["Fetch:AppSecret"] = sandbox.AppSecret,
            ["Fetch:Sources:facebook:Platform"] = "Facebook",
            ["Fetch:Sources:facebook:AccountId"] = sandbox.FacebookPageId,
            ["Fetch:Sources:facebook:AccessToken"] = sandbox.AccessToken,
            ["Fetch:Sources:instagram:Platform"] = "Instagram",
            ["Fetch:Sources:instagram:AccountId"] = sandbox.InstagramAccountId,
            ["Fetch:Sources:instagram:AccessToken"] = sandbox.AccessToken,
            ["Approve:Urls"] = baseUrl,
            ["Approve:PublicBaseUrl"] = baseUrl + "/",
            ["Approve:RequestInterval"] = "00:00:02",
            ["Approve:SigningKey"] = "",
            ["Act:Interval"] = "00:00:05",
            ["Act:DryRun"] = "false",
            ["Email:SendInterval"] = "00:00:02",
            ["Email:Smtp:Host"] = "",
            ["Email:PickupDirectory"] = Path.Combine(dataDirectory, "mail"),
        };
    }
}
