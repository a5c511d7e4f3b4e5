using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass F on staff identification, defamation, other patients' data, abuse and spam: general frames, the hard
/// negatives each must leave alone, a decimal point inside a sentence, and '&amp;' inside a word in a rule.</summary>
public class RulesFPassTests
{
    [Theory]
    [InlineData("the young lad who does the bloods on a Thursday is amazing")]
    [InlineData("that bloke with the beard who does the jabs was very gentle")]
    [InlineData("your pharmacist sorted my repeat meds out")]
    [InlineData("the pharmacist told me I didn't need half my tablets")]
    [InlineData("that witch of a practice manager wants sacking")]
    public void Classify_OnePersonByWhatTheyDo_AddsStaffIdentification(string text) =>
        Assert.Contains("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("does the pharmacist do HRT reviews?")]
    [InlineData("Can the pharmacist do my asthma review instead of the nurse?")]
    [InlineData("the receptionists do their best, leave them alone")]
    public void Classify_RoleInGeneral_NoStaffIdentification(string text) =>
        Assert.DoesNotContain("staff_identification", Some.Labels(text));

    [Fact]
    public void Classify_StaffMemberByWhatTheyDo_IsNotAnotherPatient() =>
        Assert.DoesNotContain("other_patient_data", Some.Labels("the young lad who does the bloods on a Thursday is amazing"));

    [Theory]
    [InlineData("one of your doctors was done for drink driving")]
    [InlineData("the partners are on the take from the pharmacy next door")]
    [InlineData("more like the partners off fiddling the NHS claims")]
    [InlineData("Tom the HCA took cash out of my nan's purse")]
    [InlineData("Grace has been reading her neighbours' medical notes")]
    [InlineData("your nurse left a needle in my arm and walked off")]
    public void Classify_AllegationAgainstIdentifiablePeople_AddsDefamation(string text) =>
        Assert.Contains("defamation", Some.Labels(text));

    [Theory]
    [InlineData("the Wilson kids on Elm Road aren't vaccinated and one's just got measles")]
    [InlineData("R.T. on our street is addicted to the codeine you keep giving him")]
    public void Classify_IdentifiableNeighbourWithHealthDetail_AddsOtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("my grandad says the flu jab gave him flu but the nurse explained it can't")]
    [InlineData("my nan said the jab gave her a sore arm for a day")]
    [InlineData("Is the nasal flu spray safe for a child with asthma?")]
    [InlineData("my dad thinks therapy is for soft people, wish he'd go")]
    [InlineData("me and the wife both got our bloods done quick, thanks")]
    public void Classify_ReportedBeliefOrHypotheticalPerson_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("if you have a fever wait till you are better before having your jab")]
    [InlineData("wait until you're feeling better, then pop in")]
    public void Classify_WaitTillYouAreBetter_NoAbuse(string text) => Assert.DoesNotContain("abuse", Some.Labels(text));

    [Fact]
    public void Classify_KnowingWhatCarSomeoneDrives_AddsAbuse() =>
        Assert.Contains("abuse", Some.Labels("I know what car the receptionist drives, just saying"));

    [Fact]
    public void Classify_FriendsSuicideAttempt_AddsOtherPatientData() =>
        Assert.Contains("other_patient_data", Some.Labels("my best friend tried to kill herself in March and this week is hard"));

    [Theory]
    [InlineData("my home studio is my happy place lol")]
    [InlineData("Now taking bookings in my home studio? No, just joking, where do I book the booster?")]
    public void Classify_HomeStudioWithoutAnAdvert_NoSpam(string text) => Assert.DoesNotContain("spam", Some.Labels(text));

    [Fact]
    public void Classify_JokeDisclaimer_NotAnAdvert() =>
        Assert.DoesNotContain("spam", Some.Labels("Now taking bookings in my home studio? No, just joking, where do I book the booster?"));

    [Fact]
    public void Tokenize_DecimalPoint_DoesNotEndTheSentence()
    {
        var text = TextNormaliser.Tokenize("Slimming tablets £14.99 a tub");
        Assert.DoesNotContain(text.Tokens, t => t.Kind == TokenKind.Boundary);
    }

    [Fact]
    public void Tokenize_FullStopAfterNumber_StillEndsTheSentence()
    {
        var text = TextNormaliser.Tokenize("It cost 15. Then the bill came");
        Assert.Contains(text.Tokens, t => t.Kind == TokenKind.Boundary);
    }

    [Fact]
    public void Parse_AmpersandInsideWord_IsPartOfTheWord()
    {
        var policy = ClassifierPolicy.Parse(new StringReader("rule spam r.x flag = cheap & !a&e"), "test.policy", CodeRules.All);
        var classifier = new CommentClassifier(Some.Practice(), policy);
        Assert.Contains("spam", Labels(classifier, "cheap flights here"));
        Assert.Contains("spam", Labels(classifier, "a cheap deal"));
        Assert.DoesNotContain("spam", Labels(classifier, "cheap parking near a&e"));
    }

    [Fact]
    public void Parse_AmpersandBeforeNegation_StillJoins()
    {
        var policy = ClassifierPolicy.Parse(new StringReader("rule spam r.x flag = cheap&!deal"), "test.policy", CodeRules.All);
        var classifier = new CommentClassifier(Some.Practice(), policy);
        Assert.DoesNotContain("spam", Labels(classifier, "a cheap deal"));
    }

    private static List<string> Labels(CommentClassifier classifier, string text) =>
        classifier.Classify(new CommentToClassify(text)).Labels.Select(l => l.ToWire()).ToList();
}
