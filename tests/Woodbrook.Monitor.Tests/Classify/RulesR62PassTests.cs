namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r62, from round 60's training-only comments: an app or class sold with a free trial or a free first
/// session, one person at the desk by a feature and what they did on the phones, regional accents as features, and
/// every infection said to need antibiotics. Sentences here are written for the tests, not copied from the team's
/// sets.</summary>
public class RulesR62PassTests
{
    [Theory]
    [InlineData("spam.free_trial", "Fed up waiting? Download MediQuick, 7 day free trial for new users")]
    [InlineData("spam.free_trial", "Online physio from your sofa, first consultation free, link in bio")]
    [InlineData("staff_identification.feature_who_did", "The lass with the Geordie accent who answered this morning was so kind")]
    [InlineData("misinformation.every_infection_antibiotics", "Viral or bacterial, every infection needs antibiotics. Simple as that")]
    public void Classify_Pattern_FiresItsRule(string rule, string text) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Is the NHS App a free trial or is it free for good?")]
    [InlineData("Your first flu jab appointment is free, book at reception")]
    [InlineData("Not every infection needs antibiotics, ask the pharmacist")]
    [InlineData("My nan with the Irish accent who answers the door at the care home is 94")]
    public void Classify_NearMiss_DoesNotFireTheNewRules(string text) =>
        Assert.DoesNotContain(Some.Classifier.Classify(new(text)).Evidence, e => e.Rule is "spam.free_trial"
            or "misinformation.every_infection_antibiotics" or "staff_identification.feature_who_did");
}
