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
}
