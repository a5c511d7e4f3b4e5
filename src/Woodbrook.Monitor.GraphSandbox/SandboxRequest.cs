namespace Woodbrook.Monitor.GraphSandbox;

/// <summary>One Graph call, from HTTP or from inside a batch. <see cref="Path"/> is without the version prefix.</summary>
internal sealed record SandboxRequest(string Method, string Version, string Path, IReadOnlyDictionary<string, string> Parameters, string? Token)
{
    public string? Get(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}
