using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Queue;

/// <summary>Another case from the same author, for the "possible course of conduct" note.</summary>
public sealed record LinkedCase(long Id, DateTimeOffset CreatedAt, IReadOnlyList<CommentLabel> Labels, CaseState State);
