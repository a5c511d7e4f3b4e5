namespace Woodbrook.Monitor.Classify;

/// <summary>What Azure AI Language found in one document: PII entities, and opinion targets with their sentiment.
/// Offsets are UTF-16 code units of the text sent.</summary>
public sealed record TextAnalysis(IReadOnlyList<PiiEntity> Entities, IReadOnlyList<OpinionTarget> NegativeTargets, string? Sentiment);

public sealed record PiiEntity(string Category, string Text, int Offset, int Length, double Confidence);

public sealed record OpinionTarget(string Text, int Offset, int Length, string Sentiment);
