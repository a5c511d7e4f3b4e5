namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r71, from round 71's misses: "batty boy" and "pussies", bringing a few mates to the surgery, Welsh
/// "smash the windows"; "next you'll be answering the phone", "took you three years to"; a vaccine untested or never
/// trialled, a substance with no effect on the heart, deaths said to be covered up, steroid cycles called safe, people
/// who talk about suicide said never to do it, a childhood disease "no big deal" (now sure); a named person skimming money; a free survey
/// with a phone number, a personal sale with a price; a Punjabi relative's drinking habit; from 71c, which the pass first
/// did not see: patients screenshotted and shared, generics "weaker", headphones causing tumours, "caught it anyway so it
/// doesn't work", a named person "on the gin by 10", wishing people into a ditch; and three false flags: a
/// saint's place ("St Anne's") is not the staff member Anne, and a patient asking to be rung back on their own number
/// is neither spam nor another patient's data. Sentences here are written for the tests, not copied from the team's
/// sets.</summary>
public class RulesR71PassTests
{
    [Theory]
    [InlineData("Keep turning us away and next time I might bring some of the lads down to your reception", "abuse.bring_mates_r71")]
    [InlineData("Os na chaf weld meddyg dwi'n dod lawr i dorri'r ffenestri", "abuse.smash_windows_cy_r71")]
    [InlineData("Online booking now? Next you'll be ringing patients back on time 😂", "complaint.next_youll_be_r71")]
    [InlineData("Took you two years to fix the hearing loop and you want a medal", "complaint.took_you_years_r71")]
    [InlineData("The shingles vaccine was never trialled on anyone over 80", "misinformation.untested_r71")]
    [InlineData("The new booster is untested, they rushed it out", "misinformation.untested_r71")]
    [InlineData("Alcohol has no effect on your liver as long as you drink water with it", "misinformation.no_effect_organ_r71")]
    [InlineData("Statins have killed thousands and the government is covering it up", "misinformation.covered_up_deaths_r71")]
    [InlineData("SARMs are totally safe, the gym lads all use them", "misinformation.cycles_safe_r71")]
    [InlineData("Those who threaten suicide never go through with it", "misinformation.talkers_never_do_r71")]
    [InlineData("Our old PPG secretary Brian Cole has been pocketing the raffle money for years", "defamation.skimming_r71")]
    [InlineData("Loft insulation, free quote, ring 0800 555 0199 today", "spam.free_survey_r71")]
    [InlineData("Selling a barely used pram £60, collection only", "spam.for_sale_r71")]
    [InlineData("Meri bhen nu daru di lat lag gayi hai", "other_patient_data.relative_habit_pa_r71")]
    [InlineData("The receptionists take photos of the sign-in sheet and share them in their group chat", "defamation.screenshot_share_r71")]
    [InlineData("Own brand painkillers are weaker, always ask for the branded ones", "misinformation.generics_weaker_r71")]
    [InlineData("Airpods on all day give you brain tumours", "misinformation.headphones_tumours_r71")]
    [InlineData("Got covid twice after three jabs, so the jab obviously doesn't work", "misinformation.caught_anyway_r71")]
    [InlineData("Mrs Cole from the PPG is on the vodka by lunchtime most days", "defamation.on_the_gin_r71")]
    [InlineData("Hope they all trip into a canal", "abuse.fall_in_ditch_r71")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("St Anne's hospice fun run raised £2,000 last year", "staff_identification")]
    [InlineData("Please call me back on 07700 900456 when you can, I'm at work till 5", "spam")]
    [InlineData("Please call me back on 07700 900456 when you can, I'm at work till 5", "other_patient_data")]
    [InlineData("Might bring a few mates along to the charity walk, is that ok?", "abuse")]
    [InlineData("Selling raffle tickets for the surgery fundraiser, £1 a strip", "spam")]
    public void Classify_NearMiss_IsNotThatLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("Talking about suicide never plants the idea, it's a myth that asking is dangerous", "misinformation.talkers_never_do_r71")]
    [InlineData("Is the new booster untested?", "misinformation.untested_r71")]
    [InlineData("Generic meds are not weaker, they're the same drug", "misinformation.generics_weaker_r71")]
    [InlineData("hope you don't fall in a ditch on the way home lol", "abuse.fall_in_ditch_r71")]
    [InlineData("Anne at the front desk, not St Anne's, sorted my prescription", "staff_identification.saint_place_r71")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    /// <summary>A childhood disease called "no big deal" is misinformation the learned overrule may not take back: on a
    /// long comment it read the writer's reassuring tone as clean.</summary>
    [Fact]
    public void Classify_DiseaseNoBigDeal_NotOverruled() =>
        Assert.Contains("misinformation", Some.Labels("Mumps is no big deal for lads, a puffy face for a few days and you're back at work"));
}
