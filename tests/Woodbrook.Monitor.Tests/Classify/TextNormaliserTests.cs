using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

public class TextNormaliserTests
{
    private static List<string> Words(string text) => TextNormaliser.Tokenize(text).Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => t.Text).ToList();

    [Theory]
    [InlineData("f*ck", "f*ck")]
    [InlineData("sh1t", "shit")]
    [InlineData("$hit", "shit")]
    [InlineData("a$$", "ass")]
    [InlineData("b@stard", "bastard")]
    [InlineData("pr!ck", "prick")]
    [InlineData("fuuuuuck", "fuuck")]
    [InlineData("f u c k", "fuck")]
    [InlineData("s.u.c.k", "suck")]
    [InlineData("f\u200Bu\u200Bc\u200Bk", "fuck")]
    [InlineData("Ѕhіt", "shit")]
    [InlineData("Ｆｕｃｋ", "fuck")]
    [InlineData("Раtel", "patel")]
    [InlineData("sąsiadka", "sasiadka")]
    [InlineData("fu©k", "fuck")]
    [InlineData("ƒuck", "fuck")]
    [InlineData("¢unt", "cunt")]
    [InlineData("a*se", "arse")]
    [InlineData("a**e", "arse")]
    [InlineData("ꜱʜɪᴛ", "shit")]
    [InlineData("ɪᴅɪᴏᴛꜱ", "idiots")]
    [InlineData("4rse", "arse")]
    [InlineData("5hite", "shite")]
    [InlineData("f\u2022ck", "f*ck")]
    [InlineData("sh\u00B7t", "sh*t")]
    [InlineData("ⓕⓤⓒⓚ", "fuck")]
    [InlineData("🅵🆄🅲🅺", "fuck")]
    [InlineData("🄵🅄🄲🄺", "fuck")]
    [InlineData("🅕🅤🅒🅚", "fuck")]
    [InlineData("ᖴᑌᑕK", "fuck")]
    [InlineData("ᔕᕼIT", "shit")]
    public void Tokenize_Disguise_FoldsToPlainWord(string typed, string expected) => Assert.Equal(expected, Words(typed).Single());

    [Theory]
    [InlineData("10kg", "10kg")]
    [InlineData("2nd", "2nd")]
    [InlineData("8am", "8am")]
    [InlineData("24hrs", "24hrs")]
    [InlineData("500mg", "500mg")]
    public void Tokenize_NumberWithUnit_KeptAsTyped(string typed, string expected) => Assert.Equal(expected, Words(typed).Single());

    [Fact]
    public void Tokenize_Chinese_EachCharacterIsAWord()
    {
        var tokens = TextNormaliser.Tokenize("我妈妈得了癌症。OK").Tokens;
        Assert.Equal(["我", "妈", "妈", "得", "了", "癌", "症", "ok"], tokens.Where(t => t.Kind == TokenKind.Word).Select(t => t.Text));
        var cancer = tokens.First(t => t.Text == "癌");
        Assert.Equal(5, cancer.Start);
        Assert.Contains(tokens, t => t.Kind == TokenKind.Boundary);
    }

    [Fact]
    public void Tokenize_IndicVowelSign_StaysInsideTheWord()
    {
        // "ਸੁਰਿੰਦਰ" (Surinder) and "दवाई" are one word each: the vowel signs do not split them
        Assert.Single(Words("ਸੁਰਿੰਦਰ"));
        Assert.Equal(2, Words("दवाई लो").Count);
        var word = TextNormaliser.Tokenize("ਸੁਰਿੰਦਰ").Tokens.Single();
        Assert.Equal((0, "ਸੁਰਿੰਦਰ".Length), (word.Start, word.End));
    }

    [Fact]
    public void Tokenize_FlagsAndButtonEmoji_AreNoLetters() =>
        Assert.Equal(["dziekuje", "ok"], Words("Dziękuję 🇵🇱 🆗 ok"));

    [Fact]
    public void Tokenize_EnclosedLetters_OffsetsPointAtOriginal()
    {
        var text = "Well 🅵🆄🅲🅺 you";
        var token = TextNormaliser.Tokenize(text).Tokens.Single(t => t.Text == "fuck");
        Assert.Equal("🅵🆄🅲🅺", text[token.Start..token.End]);
    }

    [Fact]
    public void Tokenize_LookAlikesAndInvisibles_OffsetsPointAtOriginal()
    {
        var text = "Thanks Dr Ра\u200Btel!";
        var token = TextNormaliser.Tokenize(text).Tokens.Single(t => t.Text == "patel");
        Assert.Equal("Ра\u200Btel", text[token.Start..token.End]);
        Assert.True(token.Is(TokenFlags.Capitalised));
    }

    [Fact]
    public void Tokenize_ArticleBeforeSpacedLetters_KeepsArticle() =>
        Assert.Equal(["you", "are", "a", "fucking", "joke"], Words("You are a f u c k i n g joke"));

    [Theory]
    [InlineData("get off your a r s e", "arse")]
    [InlineData("what an i d i o t", "idiot")]
    [InlineData("a r s e h o l e", "arsehole")]
    public void Tokenize_SpacedWordStartingWithALetterThatIsAWord_IsTheWord(string text, string word) =>
        Assert.Equal(word, Words(text)[^1]);

    [Fact]
    public void Tokenize_Link_IsOneToken()
    {
        var tokens = TextNormaliser.Tokenize("order at example-pills.shop/id/6281948211 now").Tokens;
        Assert.Single(tokens, t => t.Kind == TokenKind.Link);
        Assert.DoesNotContain(tokens, t => t.Kind == TokenKind.Number);
    }

    [Theory]
    [InlineData("unusual login, confirm now: pagesecure-meta.help")]
    [InlineData("parcel held, pay the fee at rm-redeliver.support")]
    public void Tokenize_ScamTopLevelDomain_IsALink(string text) =>
        Assert.Single(TextNormaliser.Tokenize(text).Tokens, t => t.Kind == TokenKind.Link);

    [Theory]
    [InlineData("I said no. The doctor rang anyway", 2)]
    [InlineData("the jab changes your DNA. That's rubbish", 2)]
    [InlineData("she lives at no. 8 near Dr. Patel", 1)]
    public void Tokenize_FullStopAfterAWordThatMayBeAnAbbreviation_EndsASentenceUnlessANumberOrNameFollows(string text, int sentences)
    {
        var tokens = TextNormaliser.Tokenize(text);
        Assert.Equal(sentences, tokens.SentenceOf(tokens.Count - 1) + 1);
    }

    [Fact]
    public void Tokenize_HostileInput_WorkIsLinear()
    {
        // 100,000 of one letter and 100,000 of "a " each make a bounded number of short tokens: no quadratic blow-up.
        var one = TextNormaliser.Tokenize(new string('a', 100_000)).Tokens;
        Assert.Single(one);
        Assert.True(one[0].Text.Length <= TextNormaliser.MaxTokenLength);
        var spaced = TextNormaliser.Tokenize(string.Concat(Enumerable.Repeat("ab ", 50_000))).Tokens;
        Assert.Equal(50_000, spaced.Count);
    }
}
