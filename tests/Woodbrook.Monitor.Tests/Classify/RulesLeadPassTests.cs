using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>The lead's fixes after round 26: how long a symptom lasted is not a wait for the practice, and the phrases
/// that a/b/c lists had silently broken ("one day", "do not", "side hustle") now match.</summary>
public class RulesLeadPassTests
{
    [Theory]
    [InlineData("Sore arm for 2 days and that was it. All these scare stories are nonsense")]
    [InlineData("felt rough for 3 days and then fine, get the jab")]
    public void Classify_HowLongASymptomLasted_NotComplaint(string text) =>
        Assert.DoesNotContain("complaint", Some.Labels(text));

    [Theory]
    [InlineData("rang for 3 weeks and still nothing, no call back")]
    [InlineData("Waited for 6 weeks and still no results")]
    public void Classify_ALongWaitForThePractice_Complaint(string text) =>
        Assert.Contains("complaint", Some.Labels(text));

    /// <summary>Each of these needs an option other than the last of a list that used to end in a phrase ("soon/…/one day"
    /// read as "soon/…/one" then "day", so "soon" could only match as "soon day").</summary>
    [Theory]
    [InlineData("shame about her windscreen, see you soon", "abuse.threat_d")]
    [InlineData("We ship nationwide, whatsapp me for prices", "spam.sales")]
    [InlineData("Whatsapp me for the menu, we ship anywhere", "spam.sales")]
    public void Classify_NonFinalOptionOfAListThatEndsInAPhrase_Matches(string text, string rule) =>
        Assert.Contains(rule, Some.Classifier.Classify(new CommentToClassify(text)).Evidence.Select(e => e.Rule));

    /// <summary>After round 44: something battering the writer is weather or illness, not a threat; a relative's belief
    /// reported in Polish, Romanian or Urdu is not the writer stating it.</summary>
    [Theory]
    [InlineData("pollen's battering my asthma, off to pick up my inhaler", "abuse")]
    [InlineData("the wind battered us on the way to the surgery", "abuse")]
    [InlineData("Mama mówi że szczepionka na grypę to trucizna haha, nie słucham jej", "misinformation")]
    public void Classify_BatteringTheWriterOrARelativesBelief_NotFlagged(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("I'll be battering whoever is on reception tomorrow", "abuse")]
    [InlineData("Szczepionka na grypę to trucizna, nie dawajcie dzieciom", "misinformation")]
    public void Classify_ThreatOrOwnClaim_StillFlagged(string text, string label) =>
        Assert.Contains(label, Some.Labels(text));

    /// <summary>After round 44: the learned backstop no longer adds abuse; it read "is a" after a name as an insult.</summary>
    [Fact]
    public void Classify_AllegationAgainstANamedDoctor_DefamationNotAbuse()
    {
        var labels = Some.Labels("Dr Patel is a drunk");
        Assert.Contains("defamation", labels);
        Assert.DoesNotContain("abuse", labels);
    }

    /// <summary>After round 51: nudging a tagged mate to get their health seen to discloses it (other_patient_data) but is
    /// not harassment. Over every labelled set this took abuse off 31 friendly tags and off 2 the teams had called mocking.</summary>
    [Theory]
    [InlineData("@Kieran Boyd you need this mate, your blood pressure was sky high at the match 😂")]
    [InlineData("@Marie Dale your sugars have been all over since christmas, go and see them 😂")]
    public void Classify_TaggedMateNudgedAboutTheirHealth_DisclosureNotAbuse(string text)
    {
        var labels = Some.Labels(text);
        Assert.Contains("other_patient_data", labels);
        Assert.DoesNotContain("abuse", labels);
    }

    /// <summary>Outing a stigmatised matter, a taunt, an insult or saying where they were seen is still harassment.</summary>
    [Theory]
    [InlineData("@Kieran Boyd wasn't that you in the sexual health queue Friday 😂")]
    [InlineData("@Jo Platt nobody cares about your bad back, attention seeker")]
    [InlineData("@Leah Stone your eczema looks rank, disgusting")]
    [InlineData("@Tara Quinn everyone knows you're on antidepressants")]
    public void Classify_TaggedUserOutedOrTaunted_StillAbuse(string text) =>
        Assert.Contains("abuse", Some.Labels(text));

    /// <summary>An insulting adjective and an insult are one phrase, a word apart at most ("stupid old cow"); "old with a
    /// dinosaur" is a child's age and a sticker.</summary>
    [Theory]
    [InlineData("Nurse took my 6 year old with a dinosaur backpack in first, no fuss at all", false)]
    [InlineData("that stupid old cow on the desk", true)]
    public void Classify_InsultingAdjectiveBesideAnInsult_Abuse(string text, bool abuse) =>
        Assert.Equal(abuse, Some.Labels(text).Contains("abuse"));

    /// <summary>After round 51: Welsh "ofnadwy" beside a weather word, or before "o" and an adjective, means "terribly"
    /// ("mae'n boeth ofnadwy", "ofnadwy o braf"); said of the surgery it is still a complaint.</summary>
    [Theory]
    [InlineData("Mae'n oer ofnadwy bore ma, gwisgwch got cyn ciwio am y brechiad", false)]
    [InlineData("ofnadwy o braf heddiw, diolch am y clinig", false)]
    [InlineData("Mae'r feddygfa 'ma yn ofnadwy, dim ateb ar y ffôn eto", true)]
    public void Classify_WelshOfnadwy_ComplaintOnlyAboutTheService(string text, bool complaint) =>
        Assert.Equal(complaint, Some.Labels(text).Contains("complaint"));

    /// <summary>After round 52: a relative helping "when I'm poorly" tells of the writer's health, not theirs.</summary>
    [Theory]
    [InlineData("my partner does the school run when I'm poorly, bless him", false)]
    [InlineData("my partner has been poorly since Tuesday, can he get a call back?", true)]
    public void Classify_RelativeHelpingWhenTheWriterIsPoorly_NotAnotherPatientsHealth(string text, bool disclosed) =>
        Assert.Equal(disclosed, Some.Labels(text).Contains("other_patient_data"));
}
