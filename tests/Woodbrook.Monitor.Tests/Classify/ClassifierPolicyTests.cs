using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

public class ClassifierPolicyTests
{
    private static ClassifierPolicy Parse(string text) => ClassifierPolicy.Parse(new StringReader(text), "test.policy", CodeRules.All);

    [Theory]
    [InlineData("set a = x\nrule nonsense r.x flag = x", 2, "unknown label")]
    [InlineData("# c\nset a = x\nrule abuse r.x shout = x", 3, "unknown action")]
    [InlineData("rule abuse r.x flag = {missing}", 1, "unknown set")]
    [InlineData("set a = b ...2 c", 1, "gap belongs in a rule")]
    [InlineData("set a = x\nset b = y | {a}", 2, "a set can only be used in a rule")]
    [InlineData("rule abuse r.x flag = ... x", 1, "cannot start or end with a gap")]
    [InlineData("set a = x\n\naction nobody ignore", 3, "not a label or a rule")]
    [InlineData("rule abuse r.x flag = @nothing", 1, "unknown built-in")]
    [InlineData("frobnicate", 1, "unknown directive")]
    [InlineData("set a = x\nrule abuse r.x flag certain = x", 2, "unknown rule option 'certain': expected 'assertion', 'statement' or 'sure'")]
    [InlineData("set a = x\nrule abuse r.x flag = came off/got off", 2, "'off/got off': a/b/c alternatives are single words")]
    [InlineData("rule abuse r.x flag = x\n  | works better/work better & y", 1, "multi-word phrase")]
    [InlineData("rule abuse r.x flag = hushed up/covered up/cover up", 1, "multi-word phrase")]
    [InlineData("set a = x\nrule abuse r.x flag = x ...3 {a}/b", 2, "cannot be one of a/b/c alternatives")]
    [InlineData("rule abuse r.x flag = soon/_ day", 1, "'_' has nothing to match after normalising")]
    [InlineData("set a = x\nset b hidden = y", 2, "a set's mark is 'masked'")]
    [InlineData("set a masked extra = x", 1, "expected 'set NAME [masked|half-masked] = phrase")]
    public void Parse_BadLine_ThrowsNamingTheLine(string text, int line, string message)
    {
        var ex = Assert.Throws<PolicyException>(() => Parse(text));
        Assert.Equal(line, ex.Line);
        Assert.Contains($"test.policy({line})", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rule abuse r.x flag = came/come/got off")]
    [InlineData("rule abuse r.x flag = on/at reception/desk | is/are a/an/such x")]
    [InlineData("rule abuse r.x flag = still have/has not ...3 sent/done")]
    public void Parse_SingleWordAlternatives_Accepted(string text) => Assert.Single(Parse(text).Rules);

    [Fact]
    public void Parse_RuleOptions_KeptOnTheRule()
    {
        var rules = Parse("rule complaint r.a flag statement sure = x\nrule complaint r.b flag = y").Rules;
        Assert.True(rules[0].Sure);
        Assert.Equal(ClaimMode.Statement, rules[0].Mode);
        Assert.False(rules[1].Sure);
    }

    [Fact]
    public void LoadDefault_BuiltInPolicy_Parses() => Assert.NotEmpty(ClassifierPolicy.LoadDefault().Rules);

    [Fact]
    public void Classify_ActionIgnoreForLabel_DropsThatLabel()
    {
        var classifier = Some.WithBuiltInPolicyAnd("action staff_identification ignore");
        Assert.Empty(classifier.Classify(new CommentToClassify("Kelly Brown was brilliant today")).Labels);
    }

    [Fact]
    public void Classify_CustomRule_FlagsWithItsName()
    {
        var classifier = new CommentClassifier(Some.Practice(), Parse("set rival = oakfield surgery\nrule spam spam.rival flag = {rival}"));
        var result = classifier.Classify(new CommentToClassify("Go to Oakfield Surgery instead"));
        Assert.Equal("spam.rival", Assert.Single(result.Evidence).Rule);
    }

    /// <summary>A practice's own insult set marked <c>masked</c> matches its words typed with letters hidden; the same
    /// set without the mark matches them only spelled out, so ordinary words never match a masked token. Marked
    /// <c>half-masked</c>, a mask must show two letters or more: "f***" is not "fool".</summary>
    [Theory]
    [InlineData("set rude masked = numpty | plonker", "what a n*mpty", true)]
    [InlineData("set rude masked = numpty | plonker", "you absolute pl*nker", true)]
    [InlineData("set rude masked = numpty | plonker", "what a numpty", true)]
    [InlineData("set rude = numpty | plonker", "what a n*mpty", false)]
    [InlineData("set rude = numpty | plonker", "what a numpty", true)]
    [InlineData("set rude half-masked = fool | cow", "you f**l", true)]
    [InlineData("set rude half-masked = fool | cow", "silly c*w", true)]
    [InlineData("set rude half-masked = fool | cow", "f*** this weather", false)]
    [InlineData("set rude masked = fool | cow", "f*** this weather", true)]
    public void Classify_MaskedSet_MatchesWordsWithLettersHidden(string set, string comment, bool flagged)
    {
        var classifier = new CommentClassifier(Some.Practice(), Parse(set + "\nrule abuse abuse.rude flag = {rude}"));
        Assert.Equal(flagged, classifier.Classify(new CommentToClassify(comment)).Labels.Count > 0);
    }

    /// <summary>A rule that uses an earlier rule's set is visited only when that rule fired, however far down the file
    /// it is (the engine files each alternative under one set it needs and visits only those whose set matched).</summary>
    [Theory]
    [InlineData("The jab is poison", "abuse.chained")]
    [InlineData("The jab is fine", null)]
    [InlineData("poison", null)]
    public void Classify_RuleUsingAnEarlierRulesSet_FiresOnlyWhenThatRuleFired(string comment, string? expected)
    {
        var filler = string.Concat(Enumerable.Range(0, 150).Select(i => $"rule spam spam.filler{i} flag = zzfiller{i}\n"));
        var text = "set jab = jab | vaccine\nrule misinformation misinformation.poison signal = {jab} ...3 poison\n" + filler
            + "rule abuse abuse.chained flag = @any & {misinformation.poison}\n";
        var classifier = new CommentClassifier(Some.Practice(), Parse(text));
        var result = classifier.Classify(new CommentToClassify(comment));
        Assert.Equal(expected, result.Evidence.SingleOrDefault()?.Rule);
    }

    /// <summary>In a/b/c every option is one word, since a sequence splits on spaces first ("soon/later/one day" is
    /// "soon/later/one" then "day"); a multi-word option joins its words with _ ("soon/later/one_day").</summary>
    [Theory]
    [InlineData("I'll see you one day", true)]
    [InlineData("I'll see you soon", true)]
    [InlineData("I'll see you later today", true)]
    [InlineData("see you at the one o'clock", false)]
    [InlineData("I'll see you day", false)]
    public void Classify_UnderscoreJoinsTheWordsOfAnAlternative(string comment, bool flagged)
    {
        var classifier = new CommentClassifier(Some.Practice(), Parse("rule abuse abuse.later flag = see you soon/later/one_day"));
        Assert.Equal(flagged, classifier.Classify(new CommentToClassify(comment)).Labels.Count > 0);
    }

    [Fact]
    public void Parse_RuleUsingALaterRulesSet_ThrowsNamingTheLine()
    {
        // rules run in file order, so a rule cannot use the set of a rule further down
        var ex = Assert.Throws<PolicyException>(() => Parse("rule abuse abuse.early flag = x & {abuse.late}\nrule abuse abuse.late signal = x"));
        Assert.Equal(1, ex.Line);
    }

    [Theory]
    [InlineData("943 476 5919", true)]
    [InlineData("943-476-5919", true)]
    [InlineData("943 476 5918", false)]
    [InlineData("123456789", false)]
    public void IsValidNhsNumber_CheckDigit_Validated(string number, bool valid) =>
        Assert.Equal(valid, PersonalDataFinder.IsValidNhsNumber(number));
}
