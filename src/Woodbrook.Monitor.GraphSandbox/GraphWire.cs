using System.Globalization;
using System.Text.Json.Nodes;

namespace Woodbrook.Monitor.GraphSandbox;

/// <summary>The small pieces of Graph's wire format the sandbox writes: datetimes, errors and cursors.</summary>
internal static class GraphWire
{
    public static string Time(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+0000";

    public static SandboxResponse Error(int status, int code, string type, string message, int? subcode = null, bool? isTransient = null)
    {
        var error = new JsonObject
        {
            ["message"] = message,
            ["type"] = type,
            ["code"] = code,
        };
        if (subcode is not null)
        {
            error["error_subcode"] = subcode;
        }
        if (isTransient is not null)
        {
            error["is_transient"] = isTransient;
        }
        error["fbtrace_id"] = "Sbx" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        return new SandboxResponse(status, new JsonObject { ["error"] = error }.ToJsonString());
    }

    public static SandboxResponse Gone(string method, string id, string type = "GraphMethodException") => Error(400, 100, type,
        $"Unsupported {method.ToLowerInvariant()} request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api",
        subcode: 33);

    /// <summary>What Graph answers when the token may not touch an object, such as a comment on another account's media.</summary>
    public static SandboxResponse NotPermitted() => Error(400, 10, "OAuthException", "(#10) Application does not have permission for this action");

    public static SandboxResponse Ok(JsonNode body) => new(200, body.ToJsonString());

    public static string Cursor(int offset) => Convert.ToBase64String(BitConverter.GetBytes(offset));

    public static int? Offset(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }
        try
        {
            var bytes = Convert.FromBase64String(cursor);
            return bytes.Length == 4 ? BitConverter.ToInt32(bytes) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
