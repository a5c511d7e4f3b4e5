namespace Woodbrook.Monitor.Classify;

/// <summary>The seam Azure.AI.TextAnalytics' TextAnalyticsClient would fill (RecognizePiiEntitiesBatch plus
/// AnalyzeSentimentBatch with opinion mining); <see cref="AzureLanguageClient"/> is the REST version used while the SDK
/// is not available from the registry.</summary>
public interface ITextAnalysisClient
{
    /// <summary>Analyses the documents (any number: implementations batch within the service's limits); results are in
    /// the same order. Throws on failure; the caller decides what a failure means.</summary>
    Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<string> documents, CancellationToken cancellationToken);
}
