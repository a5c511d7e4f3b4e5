using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

public class FourthPassFrameTests
{
    [Theory]
    [InlineData("J.P. was in for his check", "jp")]
    [InlineData("Sending love to R.M. who's poorly", "rm")]
    public void Tokenize_Initials_OneCapitalisedWord(string typed, string expected)
    {
        var tokens = TextNormaliser.Tokenize(typed).Tokens;
        var word = tokens.Single(t => t.Text == expected);
        Assert.True(word.Is(TokenFlags.Capitalised));
        Assert.False(word.Is(TokenFlags.AllCaps));
        Assert.DoesNotContain(tokens, t => t.Kind == TokenKind.Boundary);
    }
}
