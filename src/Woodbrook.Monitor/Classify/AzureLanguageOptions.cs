using System.ComponentModel.DataAnnotations;

namespace Woodbrook.Monitor.Classify;

/// <summary>Azure AI Language (section "Classify:Azure"). Off unless both endpoint and key are set.</summary>
public sealed class AzureLanguageOptions
{
    /// <summary>e.g. https://woodbrook.cognitiveservices.azure.com/</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Secret: environment or user secrets only.</summary>
    public string? Key { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Language hint sent with each document.</summary>
    public string Language { get; set; } = "en";

    public bool IsConfigured => Endpoint is not null && !string.IsNullOrWhiteSpace(Key);
}
