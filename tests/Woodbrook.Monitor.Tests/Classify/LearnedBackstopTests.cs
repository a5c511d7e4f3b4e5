using System.Text.Json;
using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

public class LearnedBackstopTests
{
    private const string Grievance = "Was on hold for an hour again this morning and then all the appointments had gone";

    private static ClassifierPolicy Parse(string text) => ClassifierPolicy.Parse(new StringReader(text), "test.policy", CodeRules.All);

    private static Classification Classify(string policy, string text) =>
        new CommentClassifier(Some.Practice(), Parse(policy)).Classify(new CommentToClassify(text));

    [Fact]
    public void Classify_PolicySwitchesItOn_AddsComplaintWithItsRuleAndWordsAsTyped()
    {
        var result = Classify("action learned.complaint flag", Grievance);

        var evidence = Assert.Single(result.Evidence);
        Assert.Equal(CommentLabel.Complaint, evidence.Label);
        Assert.Equal("learned.complaint", evidence.Rule);
        Assert.Equal(Grievance.Substring(evidence.Start, evidence.Length), evidence.Text);
        Assert.InRange(evidence.Length, 1, 40);
    }

    [Theory]
    [InlineData("Thank you so much, the nurse was lovely and it was all over in five minutes")]
    [InlineData("What time does the flu clinic open on Saturday?")]
    [InlineData("Fair play, got through first time this morning")]
    public void Classify_PraiseOrQuestion_AddsNothing(string text) =>
        Assert.Empty(Classify("action learned.complaint flag", text).Labels);

    [Theory]
    [InlineData("")] // a policy that does not mention it does not use it
    [InlineData("action learned.complaint ignore")]
    [InlineData("action learned.complaint flag\naction complaint ignore")]
    public void Classify_PolicyLeavesItOff_AddsNothing(string policy) =>
        Assert.Empty(Classify(policy, Grievance).Labels);

    [Fact]
    public void Classify_PolicySuppressesComplaint_BackstopDoesNotAddIt()
    {
        var result = Classify("rule complaint complaint.not_here suppress = all the appointments\naction learned.complaint flag", Grievance);
        Assert.Empty(result.Labels);
    }

    [Fact]
    public void Classify_EachLabelSwitchedOnAlone_AddsOnlyThatLabel()
    {
        const string Allegation = "The practice manager has been fiddling the patient survey figures for years";
        var trained = LearnedBackstop.Train([
            new LabelledComment("1", Grievance, null, null, [CommentLabel.Complaint]),
            new LabelledComment("2", Allegation, null, null, [CommentLabel.Defamation]),
            new LabelledComment("3", "Thanks, lovely nurse", null, null, []),
        ]);
        Classification Run(string policy) =>
            new CommentClassifier(Some.Practice(), Parse(policy), trained).Classify(new CommentToClassify(Allegation));

        var on = Run("action learned.defamation flag");
        var evidence = Assert.Single(on.Evidence);
        Assert.Equal((CommentLabel.Defamation, "learned.defamation"), (evidence.Label, evidence.Rule));
        Assert.Equal(Allegation.Substring(evidence.Start, evidence.Length), evidence.Text);

        Assert.Empty(Run("action learned.complaint flag").Labels);
        Assert.Empty(Run("action learned.defamation flag\naction defamation ignore").Labels);
    }

    [Theory]
    [InlineData("action learned.staff_identification flag")]
    [InlineData("action learned.overrules flag")]
    public void Parse_RuleTheBackstopDoesNotHave_IsAPolicyErrorNamingTheLine(string line)
    {
        var error = Assert.Throws<PolicyException>(() => Parse("# a comment\n" + line));
        Assert.Equal(2, error.Line);
        Assert.Contains(line.Split(' ')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Probability_LabelItDoesNotLearn_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LearnedBackstop.Default.Probability(TextNormaliser.Tokenize(Grievance), CommentLabel.StaffIdentification));

    [Fact]
    public void Classify_VeiledThreatNoRuleOfThePolicyFinds_AddsAbuseWithItsRule()
    {
        // a policy with no abuse rule: the model alone is sure (and the comment is long enough for it to judge)
        const string Threat = "Watch your back when you lock up tonight, I'll be waiting for you outside in the dark";
        var p = LearnedBackstop.Default.Probability(TextNormaliser.Tokenize(Threat), CommentLabel.Abuse);
        Assert.True(p >= 0.99, $"p = {p}");
        Assert.DoesNotContain(CommentLabel.Abuse, Classify("", Threat).Labels);
        var evidence = Assert.Single(Classify("action learned.abuse flag", Threat).Evidence, e => e.Label == CommentLabel.Abuse);
        Assert.Equal("learned.abuse", evidence.Rule);
        Assert.Equal(Threat.Substring(evidence.Start, evidence.Length), evidence.Text);
    }

    [Theory]
    [InlineData("Dr Patel is a drunk")] // an allegation, read as an insult from "is a"
    [InlineData("What a useless waste of time this app is")] // aimed at an app
    public void Classify_ShortCommentShapedLikeAnInsult_LearnedAbuseNotAdded(string text)
    {
        Assert.True(LearnedBackstop.Default.Probability(TextNormaliser.Tokenize(text), CommentLabel.Abuse) >= 0.5);
        Assert.DoesNotContain(Classify("action learned.abuse flag", text).Evidence, e => e.Rule == "learned.abuse");
    }

    internal const string TrainStrike = "Trains on strike again this week and the buses are rammed, took me two hours to get to work today";

    /// <summary>A classifier whose model has seen the strike grumble as clean and grievances as complaints, with a policy
    /// whose rule reads "again" as a grievance, as a loose complaint rule might, and <paramref name="overrule"/>.</summary>
    internal static CommentClassifier Overruling(string overrule = "action learned.overrule flag") =>
        new(Some.Practice(), Parse("rule complaint complaint.again flag = again\n" + overrule), StrikeModel());

    /// <summary>A model that has seen the strike grumble as clean and grievances as complaints.</summary>
    private static LearnedBackstop StrikeModel() =>
        // the strike seen three times as clean, so the model is all but sure of it
        LearnedBackstop.Train([
            new LabelledComment("1", Grievance, null, null, [CommentLabel.Complaint]),
            new LabelledComment("2", TrainStrike, null, null, []),
            new LabelledComment("3", TrainStrike, null, null, []),
            new LabelledComment("4", TrainStrike, null, null, []),
            new LabelledComment("5", "Thanks, lovely nurse", null, null, []),
        ]);

    private static Classification Overruled(string text, string overrule) => Overruling(overrule).Classify(new CommentToClassify(text));

    [Fact]
    public void Classify_ModelAllButSureARuleIsWrong_OverrulesIt()
    {
        var overruled = Overruled(TrainStrike, "action learned.overrule flag");
        Assert.Empty(overruled.Labels);
        Assert.Empty(overruled.Evidence);
        // what it took back is kept, labels only, so the practice can count it
        Assert.Equal([CommentLabel.Complaint], overruled.Overruled);
        // without the line, or on a comment the model reads as a grievance, the rule's finding stands
        foreach (var stands in new[] { Overruled(TrainStrike, ""), Overruled(TrainStrike, "action learned.overrule ignore"), Overruled(Grievance, "action learned.overrule flag") })
        {
            Assert.Equal([CommentLabel.Complaint], stands.Labels);
            Assert.Empty(stands.Overruled);
        }
    }

    [Fact]
    public void Classify_RuleMarkedSure_NotOverruled()
    {
        // the same model, all but sure the strike grumble is clean, and the same rule marked "sure": its finding stands
        var trained = StrikeModel();
        var sure = new CommentClassifier(Some.Practice(), Parse("rule complaint complaint.again flag sure = again\naction learned.overrule flag"), trained);
        var result = sure.Classify(new CommentToClassify(TrainStrike));
        Assert.Equal([CommentLabel.Complaint], result.Labels);
        Assert.Equal("complaint.again", Assert.Single(result.Evidence).Rule);
        Assert.Empty(result.Overruled);
        // "sure" belongs to the rule: a sure rule that found nothing in the comment spares nothing
        var other = new CommentClassifier(Some.Practice(), Parse("rule complaint complaint.again flag = again\nrule complaint complaint.never flag sure = never\naction learned.overrule flag"), trained);
        Assert.Equal([CommentLabel.Complaint], other.Classify(new CommentToClassify(TrainStrike)).Overruled);
    }

    [Fact]
    public void Classify_CommentInWordsTheModelNeverSaw_NotOverruled()
    {
        // complaints are rare in what this model learned, so on words it never saw it gives the base rate, under 0.05;
        // that is not doubt, and a comment in Polish keeps what the rules found
        var clean = Enumerable.Range(0, 120).Select(i => new LabelledComment($"c{i}", $"Thanks for the lovely care, booked in for number {i}", null, null, []));
        var trained = LearnedBackstop.Train([new LabelledComment("g", Grievance, null, null, [CommentLabel.Complaint]), .. clean]);
        var classifier = new CommentClassifier(Some.Practice(), Parse("rule complaint complaint.trains flag = pociągi\naction learned.overrule flag"), trained);
        const string polish = "Pociągi znowu strajkują, autobusy pełne, dwie godziny do pracy dzisiaj rano, w sobotę też nic nie jedzie";
        var p = trained.Probability(TextNormaliser.Tokenize(polish), CommentLabel.Complaint);
        Assert.True(p < 0.05, $"p = {p}");
        var result = classifier.Classify(new CommentToClassify(polish));
        Assert.Equal([CommentLabel.Complaint], result.Labels);
        Assert.Empty(result.Overruled);
    }

    [Fact]
    public void Classify_ShortComment_NotOverruled()
    {
        // under 13 words the model has too little to go on
        Assert.Equal([CommentLabel.Complaint], Overruled("Trains on strike again, buses rammed", "action learned.overrule flag").Labels);
    }

    [Fact]
    public void Classify_AnotherLabelStands_NothingOverruled()
    {
        // a comment flagged for something the model does not doubt keeps every label the rules gave
        var trained = LearnedBackstop.Train([
            new LabelledComment("1", Grievance, null, null, [CommentLabel.Complaint]),
            new LabelledComment("2", TrainStrike, null, null, []),
        ]);
        var policy = Parse("rule complaint complaint.again flag = again\nrule spam spam.buses flag = buses\naction learned.overrule flag");
        var result = new CommentClassifier(Some.Practice(), policy, trained).Classify(new CommentToClassify(TrainStrike));
        Assert.Equal([CommentLabel.Complaint, CommentLabel.Spam], result.Labels.Order());
        Assert.Empty(result.Overruled);
    }

    [Fact]
    public void Evaluate_Overruled_CountedAndNamedOnTheMiss()
    {
        var lines = $$"""
            {"id":"o1","text":"{{TrainStrike}}","labels":[]}
            {"id":"o2","text":"{{TrainStrike}} again","labels":["complaint"]}
            {"id":"o3","text":"{{Grievance}}","labels":["complaint"]}
            """;
        var output = new StringWriter();
        EvaluateCommand.Run(Overruling().Classify, new StringReader(lines), output, null, false);
        var text = output.ToString();
        Assert.Contains("overruled:        2 comment(s) a rule flagged and the learned backstop took back (1 clean, 1 labelled)", text, StringComparison.Ordinal);
        Assert.Contains("o2: missed [complaint] extra [] (the rules' [complaint] overruled)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("o3:", text, StringComparison.Ordinal);
    }

    /// <summary>A model that has seen "blorvish" six times as a complaint, four times as defamation and never clean, so
    /// neither label's own head is sure of it but the any-label head is.</summary>
    private static LearnedBackstop HalfOfEach()
    {
        var half = "Blorvish again at the surgery";
        return LearnedBackstop.Train([
            .. Enumerable.Range(0, 6).Select(i => new LabelledComment($"c{i}", half, null, null, [CommentLabel.Complaint])),
            .. Enumerable.Range(0, 4).Select(i => new LabelledComment($"d{i}", half, null, null, [CommentLabel.Defamation])),
            .. Enumerable.Range(0, 20).Select(i => new LabelledComment($"n{i}", $"Thanks for the lovely care, booked in for number {i}", null, null, [])),
        ]);
    }

    private const string AnyPolicy = "action learned.complaint flag\naction learned.defamation flag\naction learned.abuse flag\n";

    [Fact]
    public void Classify_OnlyTheAnyLabelHeadIsSure_FlagsWithTheLabelNearestItsThreshold()
    {
        var model = HalfOfEach();
        var text = TextNormaliser.Tokenize("Blorvish again at the surgery");
        Assert.InRange(model.Probability(text, CommentLabel.Complaint), 0.4, 0.75);
        Assert.InRange(model.Probability(text, CommentLabel.Defamation), 0.2, 0.7);
        Assert.True(model.ProbabilityOfAny(text) >= 0.9, $"p = {model.ProbabilityOfAny(text)}");
        Classification Run(string policy) =>
            new CommentClassifier(Some.Practice(), Parse(policy), model).Classify(new CommentToClassify("Blorvish again at the surgery"));

        var flagged = Run(AnyPolicy + "action learned.any flag");
        var evidence = Assert.Single(flagged.Evidence);
        Assert.Equal(CommentLabel.Complaint, evidence.Label);
        Assert.Equal("learned.any", evidence.Rule);
        Assert.Equal("Blorvish again at the surgery".Substring(evidence.Start, evidence.Length), evidence.Text);
        // the practice ignores complaints: it is not flagged as the next nearest instead
        Assert.Empty(Run(AnyPolicy + "action learned.any flag\naction complaint ignore").Labels);
        // a rule that says it is no complaint stops the complaint head, not this one
        Assert.Equal([CommentLabel.Complaint], Run(AnyPolicy + "action learned.any flag\nrule complaint complaint.not suppress = blorvish").Labels);
        Assert.Empty(Run(AnyPolicy + "rule complaint complaint.not suppress = blorvish").Labels);
        // without the line, or with it set to ignore, nothing flags it
        Assert.Empty(Run(AnyPolicy).Labels);
        Assert.Empty(Run(AnyPolicy + "action learned.any ignore").Labels);
        // and when a rule already flagged it, the rule's label is all it gets
        var ruled = Run(AnyPolicy + "action learned.any flag\nrule spam spam.blorvish flag = blorvish");
        Assert.Equal([CommentLabel.Spam], ruled.Labels);
    }

    [Fact]
    public void Classify_AnyLabelHeadSure_NeverAddsAbuseOrSpam()
    {
        // what the any-label head catches is flagged as one of the labels a model may doubt: an abuse-shaped comment
        // the rules missed ("I'm such a lazy cow") is not called abuse on its word alone
        var text = "Such a lazy cow, forgot to book my smear again this morning, honestly";
        var model = LearnedBackstop.Train([
            .. Enumerable.Range(0, 10).Select(i => new LabelledComment($"a{i}", text, null, null, [CommentLabel.Abuse])),
            new LabelledComment("c", text, null, null, [CommentLabel.Complaint]),
            .. Enumerable.Range(0, 20).Select(i => new LabelledComment($"n{i}", $"Thanks for the lovely care, booked in for number {i}", null, null, [])),
        ]);
        var result = new CommentClassifier(Some.Practice(), Parse("action learned.complaint flag\naction learned.any flag"), model)
            .Classify(new CommentToClassify(text));
        Assert.Equal([CommentLabel.Complaint], result.Labels);
        Assert.Equal("learned.any", Assert.Single(result.Evidence).Rule);
        // with only abuse switched on there is no label it may give, so it flags nothing (abuse's own head is not sure)
        Assert.Empty(new CommentClassifier(Some.Practice(), Parse("action learned.abuse flag\naction learned.any flag"), model)
            .Classify(new CommentToClassify(text)).Labels);
    }

    [Fact]
    public void Classify_BuiltInPolicy_UsesTheBackstop() =>
        Assert.Equal("rules/1+learned", Some.Classifier.Name);

    [Fact]
    public void TrainedWithout_ExcludedComment_IsNotLearnedFrom()
    {
        var trained = LearnedBackstop.Train([new LabelledComment("1", Grievance, null, null, [CommentLabel.Complaint]),
            new LabelledComment("2", "Thanks, lovely nurse", null, null, [])]);
        Assert.True(trained.Probability(TextNormaliser.Tokenize(Grievance), CommentLabel.Complaint) > 0.5);

        // a comment the built-in model learned from is left out, and only that one
        const string Learned = "WHAT IS THE POINT OF YOU. 9 DAYS FOR A PRESCRIPTION. BUNCH OF W@NKERS";
        var without = LearnedBackstop.TrainedWithout(new HashSet<string>(StringComparer.Ordinal) { Learned, "a comment nobody wrote" });
        Assert.Equal(LearnedBackstop.Default.Examples - 1, without.Examples);
    }

    [Fact]
    public void Default_SameTrainingTwice_SameModel()
    {
        var text = TextNormaliser.Tokenize(Grievance);
        var again = LearnedBackstop.TrainedWithout(new HashSet<string>(StringComparer.Ordinal));
        foreach (var label in new[] { CommentLabel.Complaint, CommentLabel.Defamation, CommentLabel.Misinformation, CommentLabel.OtherPatientData })
        {
            Assert.Equal(LearnedBackstop.Default.Probability(text, label), again.Probability(text, label));
        }
    }

    /// <summary>Every labelled set the team writes is something the backstop should learn from: a set added to the tests
    /// without regenerating Classify/Data/labelled.jsonl (python3 tests/make_labelled.py) fails here.</summary>
    [Fact]
    public void EmbeddedTrainingFile_HoldsEveryTeamSetAndTrainingFile()
    {
        using var stream = typeof(LearnedBackstop).Assembly.GetManifestResourceStream(LearnedBackstop.TrainingResourceName)!;
        var embedded = new StreamReader(stream).ReadToEnd();
        var texts = EvaluateCommand.TextsOf(embedded);
        var data = Path.Combine(AppContext.BaseDirectory, "Classify", "Data");
        var sets = Directory.GetFiles(data, "heldout*.jsonl");
        var training = Directory.Exists(Path.Combine(data, "training")) ? Directory.GetFiles(Path.Combine(data, "training"), "*.jsonl") : [];
        var missing = sets.Concat(training)
            .SelectMany(File.ReadLines)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Where(t => !texts.Contains(t))
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} comments of the test sets and training files are not in labelled.jsonl, e.g. {missing.FirstOrDefault()}");
    }
}
