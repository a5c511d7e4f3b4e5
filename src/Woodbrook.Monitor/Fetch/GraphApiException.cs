namespace Woodbrook.Monitor.Fetch;

/// <summary>A read that cannot go on. Thrown by the read methods of <see cref="GraphClient"/> and caught at the level of a
/// source's run, which then stops without advancing its checkpoint.</summary>
internal sealed class GraphApiException(GraphResponse response, string what)
    : Exception($"Graph call for {what} failed: {response.Failure} (HTTP {response.Status}, code {response.Error?.Code}/{response.Error?.ErrorSubcode})")
{
    public GraphResponse Response { get; } = response;
}
