using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Woodbrook.Monitor.Fetch;

/// <summary>The highest usage percentage found in <c>X-App-Usage</c>, <c>X-Page-Usage</c> and
/// <c>X-Business-Use-Case-Usage</c>, and the longest <c>estimated_time_to_regain_access</c> (minutes). Missing headers
/// mean low usage.</summary>
internal sealed record GraphUsage(int MaxPercent, int MinutesToRegainAccess)
{
    public static GraphUsage None { get; } = new(0, 0);

    public static GraphUsage From(HttpResponseHeaders headers)
    {
        var max = 0;
        var minutes = 0;
        foreach (var name in new[] { "X-App-Usage", "X-Page-Usage", "X-Business-Use-Case-Usage" })
        {
            if (headers.TryGetValues(name, out var values))
            {
                foreach (var value in values)
                {
                    Read(value, ref max, ref minutes);
                }
            }
        }
        return new GraphUsage(max, minutes);
    }

    public static GraphUsage From(IEnumerable<GraphBatchHeader>? headers)
    {
        var max = 0;
        var minutes = 0;
        foreach (var header in headers ?? [])
        {
            if (header.Name is not null && header.Value is not null && header.Name.StartsWith("X-", StringComparison.OrdinalIgnoreCase)
                && header.Name.EndsWith("Usage", StringComparison.OrdinalIgnoreCase))
            {
                Read(header.Value, ref max, ref minutes);
            }
        }
        return new GraphUsage(max, minutes);
    }

    public GraphUsage Max(GraphUsage other) =>
        new(Math.Max(MaxPercent, other.MaxPercent), Math.Max(MinutesToRegainAccess, other.MinutesToRegainAccess));

    /// <summary>Reads every form seen in the wild: a JSON object of percentages, a map of ids to arrays of such objects,
    /// the older <c>call_volume</c>/<c>cpu_time</c> keys, and a bare percentage.</summary>
    private static void Read(string value, ref int max, ref int minutes)
    {
        if (int.TryParse(value.Trim(), CultureInfo.InvariantCulture, out var bare))
        {
            max = Math.Max(max, bare);
            return;
        }
        try
        {
            using var document = JsonDocument.Parse(value);
            Walk(document.RootElement, ref max, ref minutes);
        }
        catch (JsonException)
        {
            // An unreadable header is treated like a missing one.
        }
    }

    private static void Walk(JsonElement element, ref int max, ref int minutes)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDouble(out var number))
                    {
                        if (property.Name == "estimated_time_to_regain_access")
                        {
                            minutes = Math.Max(minutes, (int)Math.Ceiling(number));
                        }
                        else if (property.Name is "call_count" or "total_cputime" or "total_time" or "call_volume" or "cpu_time" or "acc_id_util_pct")
                        {
                            max = Math.Max(max, (int)Math.Ceiling(number));
                        }
                    }
                    else
                    {
                        Walk(property.Value, ref max, ref minutes);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, ref max, ref minutes);
                }
                break;
        }
    }
}
