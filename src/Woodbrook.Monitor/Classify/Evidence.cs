namespace Woodbrook.Monitor.Classify;

/// <summary>Why a label was given: the rule that fired and the span of the original text it matched
/// (<paramref name="Start"/> and <paramref name="Length"/> in UTF-16 code units of the text as typed).</summary>
public sealed record Evidence(CommentLabel Label, string Rule, string Text, int Start, int Length);
