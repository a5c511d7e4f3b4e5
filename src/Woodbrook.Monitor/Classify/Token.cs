namespace Woodbrook.Monitor.Classify;

/// <summary>One token of a comment after normalisation. <see cref="Text"/> is folded (lower case, look-alikes mapped to
/// Latin, diacritics and disguises undone); <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets in the text as
/// typed, so evidence points at what the person wrote.</summary>
internal readonly record struct Token(string Text, TokenKind Kind, int Start, int End, TokenFlags Flags)
{
    public bool Is(TokenFlags flag) => (Flags & flag) != 0;
}

[Flags]
internal enum TokenFlags
{
    None = 0,
    /// <summary>The first letter was typed as a capital.</summary>
    Capitalised = 1,
    /// <summary>Letters were hidden behind * or # (f*ck, f***).</summary>
    Masked = 2,
    /// <summary>The word came after an @ (a mention of another user).</summary>
    Mention = 4,
    /// <summary>The word was typed with look-alike letters, digits or symbols in place of letters.</summary>
    Disguised = 8,
    /// <summary>The whole word was typed in capitals.</summary>
    AllCaps = 16,
    /// <summary>The word was typed with a possessive 's, which <see cref="Token.Text"/> leaves off ("kelly's" is "kelly").</summary>
    Possessive = 32,
    /// <summary>A run of three or more of one letter was typed (cowww, sooo), and shrank to two in <see cref="Token.Text"/>.</summary>
    Stretched = 64,
}
