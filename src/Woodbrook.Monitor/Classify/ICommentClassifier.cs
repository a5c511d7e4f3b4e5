namespace Woodbrook.Monitor.Classify;

/// <summary>The seam between the pipeline and whatever decides the labels: the local rules, optionally
/// combined with a cloud service. Implementations are thread-safe.</summary>
public interface ICommentClassifier
{
    /// <summary>A short name kept with each verdict (e.g. "rules/1", "rules/1+azure").</summary>
    string Name { get; }

    Task<Classification> ClassifyAsync(CommentToClassify comment, CancellationToken cancellationToken);
}
