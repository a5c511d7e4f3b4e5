namespace Woodbrook.Monitor.Classify;

/// <summary>What a <see cref="Token"/> is.</summary>
internal enum TokenKind
{
    Word,
    Number,
    /// <summary>Sentence-ending punctuation (. ? ! and line breaks); gaps in rules never cross one.</summary>
    Boundary,
    /// <summary>An emoji or other symbol (and £ %), one per token.</summary>
    Symbol,
    /// <summary>A link or email address, one token, its text as typed (lower case).</summary>
    Link,
}
