namespace Woodbrook.Monitor.Classify;

/// <summary>Names of rules that live in code rather than in the policy file, so an <c>action</c> line can name them.</summary>
internal static class CodeRules
{
    public const string AzurePii = "azure.pii";
    public const string AzureNegativeOpinion = "azure.negative_opinion";

    public static IReadOnlyCollection<string> All { get; } = [AzurePii, AzureNegativeOpinion, .. LearnedBackstop.Rules];
}
