using System.Text.Json;

namespace Woodbrook.Monitor.Host;

/// <summary>Refuses to start when appsettings.json holds a secret. That file is edited by hand, copied around and kept
/// in the repository; secrets belong in the environment or the secrets file.</summary>
public static class SecretsGuard
{
    private static readonly HashSet<string> SecretKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "AccessToken", "AppSecret", "Password", "SigningKey", "VerifyToken", "ApiKey", "Key", "ConnectionString",
    };

    /// <summary>The configuration paths in the file that carry a non-empty secret value.</summary>
    public static IReadOnlyList<string> Find(string appSettingsPath)
    {
        if (!File.Exists(appSettingsPath))
        {
            return [];
        }
        using var document = JsonDocument.Parse(File.ReadAllText(appSettingsPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var found = new List<string>();
        Walk(document.RootElement, "", found);
        return found;
    }

    private static void Walk(JsonElement element, string path, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var child = path.Length == 0 ? property.Name : path + ":" + property.Name;
                    // A SQLite connection string holds no secret; a PostgreSQL one holds a password.
                    if (SecretKeys.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.String
                        && property.Value.GetString() is { Length: > 0 } value
                        && !(property.Name.Equals("ConnectionString", StringComparison.OrdinalIgnoreCase) && !value.Contains("password", StringComparison.OrdinalIgnoreCase)))
                    {
                        found.Add(child);
                    }
                    Walk(property.Value, child, found);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + ":" + i++, found);
                }
                break;
        }
    }
}
