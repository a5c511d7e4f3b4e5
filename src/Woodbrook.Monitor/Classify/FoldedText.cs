namespace Woodbrook.Monitor.Classify;

/// <summary>A folded text: each folded character with the span of the original text it came from.</summary>
internal sealed record FoldedText(char[] Chars, int[] Starts, int[] Ends, int Length)
{
    public override string ToString() => new(Chars, 0, Length);
}
