
namespace Woodbrook.Monitor.Classify;

/// <summary>Settings of the classifier itself (section "Classify"): the policy file, and Azure AI Language when a
/// practice has it. The key is a secret: set it only as an environment variable (WOODBROOK__Classify__Azure__Key) or in
/// user secrets, never in appsettings.json.</summary>
public sealed class ClassifierOptions
{
    public const string Section = "Classify";

    /// <summary>A policy file replacing the built-in one; empty means built in.</summary>
    public string? PolicyFile { get; set; }

    public AzureLanguageOptions Azure { get; set; } = new();
}
