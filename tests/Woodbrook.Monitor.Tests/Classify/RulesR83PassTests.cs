using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r83, from round 83's misses: wishes that staff come to harm in an accident ("hope you all get hit by a
/// bus") and "someone catches you alone"; "because I'm" counts as discrimination only before what someone is treated
/// differently for; Polish and Romanian own children ("moja córka", "fiica mea") are the writer's own, as "my daughter"
/// is; "selling my kidney" is a joke; thanks that staff never made the writer feel a nuisance; family history ("hamare
/// khandan mein"); "staggering" as a figure, not a walk; a claim denied after it, as Urdu and Hindi put the negation
/// after the verb ("vaccine se autism nahi hota"). Sentences here are written for the tests, not copied from the team's
/// sets.</summary>
public class RulesR83PassTests
{
    [Theory]
    [InlineData("MMR se autism hota hai, sab ko pata hai", "misinformation.treatment_harm")]
    [InlineData("Honestly I hope you all get hit by a bus on the way home", "abuse.ill_wish_r83")]
    [InlineData("hope the receptionists get run over in the car park", "abuse.ill_wish_r83")]
    [InlineData("fingers crossed Kelly Brown gets knocked down crossing the road", "abuse.ill_wish_r83")]
    [InlineData("Zero tolerance? Wait till someone catches you alone after closing", "abuse.ill_wish_r83")]
    [InlineData("Sper sa te prinda cineva singura in parcare", "abuse.ill_wish_r83")]
    [InlineData("The receptionist sent me away because I'm black", "defamation.discrimination")]
    [InlineData("Dr Patel refuses to see me cos im on benefits", "defamation.discrimination")]
    [InlineData("Dr Patel was staggering about the car park after the Christmas lunch", "defamation.unfit_p3")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Vaccine se autism nahi hota, doctor ne bataya", "misinformation.treatment_harm")]
    [InlineData("MMR se autism nahin hota, pagal mat bano", "misinformation.treatment_harm")]
    [InlineData("I hope I don't get run over crossing to the surgery in the dark", "abuse.ill_wish_r83")]
    [InlineData("hope nobody gets knocked over on that ice outside", "abuse.ill_wish_r83")]
    [InlineData("Just asking because I'm down to my last inhaler and the surgery is shut", "defamation.discrimination")]
    [InlineData("Moja corka ma astme od dziecka, inhalator bardzo pomaga", "other_patient_data.third_party_health_d")]
    [InlineData("The cost is staggering when you think about it, the practice does well", "defamation.unfit_p3")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("brb selling my kidney to afford the weight loss jab privately 😭", "spam")]
    [InlineData("Merry Christmas all, not once did you make us feel like a nuisance this year 💚", "complaint")]
    [InlineData("Hamare khandan mein sugar hai isliye main har saal check karwata hun", "other_patient_data")]
    public void Classify_Exempted_DoesNotCarryTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Fact]
    public void Classify_AdvertSellingSomethingReal_StillSpam() =>
        Assert.Contains("spam", Some.Labels("Selling my nan's old wheelchair, £40, dm me"));

    /// <summary>A stretched word is squeezed to find the word meant ("cowww"), but a short word needs a run of three: a
    /// doubled letter is ordinary spelling in Punjabi or Urdu typed in Latin letters ("sugar aape theek ho jaandi", it
    /// gets better by itself), and "aape" is not "ape".</summary>
    [Theory]
    [InlineData("you stupid cowww", true)]
    [InlineData("you stupid apeee", true)]
    [InlineData("sugar aape theek ho jaandi", false)]
    [InlineData("you stupid coww", false)]
    [InlineData("you stupid mingerr", true)]
    public void Classify_StretchedWord_SqueezedOnlyWhenSafe(string comment, bool flagged)
    {
        var policy = ClassifierPolicy.Parse(new StringReader("set rude = cow | ape | minger\nrule abuse abuse.rude flag = {rude}"), "test.policy", CodeRules.All);
        var classifier = new CommentClassifier(Some.Practice(), policy);
        Assert.Equal(flagged, classifier.Classify(new CommentToClassify(comment)).Labels.Count > 0);
    }
}
