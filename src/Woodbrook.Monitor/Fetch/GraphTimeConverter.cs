using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Woodbrook.Monitor.Fetch;

/// <summary>Reads Graph datetimes: <c>2026-10-02T17:41:00+0000</c> (an offset without a colon, which the default
/// converter rejects), ISO 8601 with a colon, and Unix seconds (webhook timestamps).</summary>
internal sealed class GraphTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64());
        }
        var text = reader.GetString();
        if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value.ToUniversalTime();
        }
        if (long.TryParse(text, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        throw new JsonException("Not a Graph datetime.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+0000");
}
