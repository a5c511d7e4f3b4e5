namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r68, from round 68's misses: another user, tagged, told about their symptoms or their weeks of pregnancy;
/// a relative's suicide; wishing a building down on the staff; a travellers' slur; a weight-loss testimonial selling a
/// plan; an inheritance scam; sepsis as a hospital-only illness, a cancer said always to show, a disease said to be gone,
/// medicines said to wear off. And the near misses: a pregnancy in weeks is not a wait, a disease nearly wiped out, not
/// always painful. Sentences here are written for the tests, not copied from the team's sets.</summary>
public class RulesR68PassTests
{
    [Theory]
    [InlineData("@Dean Hollis you've been up for a wee every hour mate, go and get checked", "other_patient_data.mention_symptom_r68")]
    [InlineData("@Gemma Price you're 28 weeks now, book in for it", "other_patient_data.weeks_pregnant_r68")]
    [InlineData("My uncle took his own life in 2015, please talk to someone", "other_patient_data.own_life_r68")]
    [InlineData("Hope the roof caves in with the whole management team under it", "abuse.hope_collapse_r68")]
    [InlineData("The gypsies will nick the lead off the new roof", "abuse.gypsy_theft_r68")]
    [InlineData("I lost 4 stone on a meal replacement plan, message me for details", "spam.weight_journey_r68")]
    [InlineData("I am a beneficiary of an unclaimed fund and need a trusted person abroad, email me", "spam.inheritance_r68")]
    [InlineData("sepsis only happens to people in hospital", "misinformation.sepsis_hospital_r68")]
    [InlineData("Breast cancer always shows up as a lump you can feel", "misinformation.cancer_always_r68")]
    [InlineData("Measles died out decades ago so the MMR is pointless", "misinformation.disease_gone_r68")]
    [InlineData("Statins stop working after a few years so there's no point", "misinformation.meds_wear_off_r68")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("@Gemma Price you're 28 weeks now, book in for it", "complaint")]
    [InlineData("Polio was wiped out here thanks to the vaccine", "misinformation")]
    [InlineData("I'm hungover, can I still get my flu jab", "defamation")]
    public void Classify_NearMiss_IsNotThatLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    // the rule's own guard; the learned misinformation heads (trained with round 68) do flag both, see the README
    [Theory]
    [InlineData("Measles was nearly wiped out until people stopped vaccinating", "misinformation.disease_gone_r68")]
    [InlineData("Breast cancer isn't always painful, get checked", "misinformation.cancer_always_r68")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));
}
