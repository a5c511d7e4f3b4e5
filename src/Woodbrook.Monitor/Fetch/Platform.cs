using System.Text.Json.Serialization;

namespace Woodbrook.Monitor.Fetch;

/// <summary>Where a comment was posted. JSON names are the ones the classify contract and the store use.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Platform>))]
public enum Platform
{
    [JsonStringEnumMemberName("facebook")] Facebook,
    [JsonStringEnumMemberName("instagram")] Instagram,
}
