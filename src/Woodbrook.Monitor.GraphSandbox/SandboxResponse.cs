namespace Woodbrook.Monitor.GraphSandbox;

internal sealed record SandboxResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);
