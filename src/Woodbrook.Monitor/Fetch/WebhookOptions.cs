namespace Woodbrook.Monitor.Fetch;

/// <summary>Meta webhooks, for practices that can expose HTTPS. Off by default: polling alone is complete.</summary>
public sealed class WebhookOptions
{
    public bool Enabled { get; set; }

    /// <summary>The string typed into the App Dashboard for the verification handshake (a secret).</summary>
    public string? VerifyToken { get; set; }

    /// <summary>The callback path Meta posts to.</summary>
    public string Path { get; set; } = "/webhooks/meta";
}
