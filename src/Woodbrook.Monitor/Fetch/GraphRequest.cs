namespace Woodbrook.Monitor.Fetch;

/// <summary>What the resilience handler needs to know about a request: which source it is for (one circuit per source) and whether it may be repeated.</summary>
internal static class GraphRequest
{
    public static readonly HttpRequestOptionsKey<string> Source = new("woodbrook.graph.source");

    /// <summary>False for calls that must not be repeated (a private reply): they get the circuit and the timeout, no retry.</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("woodbrook.graph.idempotent");
}
