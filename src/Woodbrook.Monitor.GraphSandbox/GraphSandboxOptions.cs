namespace Woodbrook.Monitor.GraphSandbox;

/// <summary>How to start a <see cref="GraphSandboxServer"/>.</summary>
public sealed class GraphSandboxOptions
{
    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>A scenario in the sandbox's JSON format; null serves the embedded <c>Scenarios/sample.json</c>.</summary>
    public string? ScenarioJson { get; set; }

    /// <summary>The clock that scenario times ("minutes_ago") and new comments are measured against.</summary>
    public TimeProvider? Time { get; set; }

    /// <summary>Overrides the scenario's access token (the one token the sandbox accepts).</summary>
    public string? AccessToken { get; set; }

    /// <summary>The app id and secret that <c>debug_token</c> expects and webhook deliveries are signed with.</summary>
    public string AppId { get; set; } = "900000000000001";

    public string AppSecret { get; set; } = "sandbox-app-secret";
}
