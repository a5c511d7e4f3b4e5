using Woodbrook.Monitor.Fetch;

namespace Woodbrook.Monitor.Classify;

/// <summary>What a classifier sees: the comment, and what the practice posted, as context.</summary>
public sealed record CommentToClassify(string Text, string? PostText = null, Platform? Platform = null);
