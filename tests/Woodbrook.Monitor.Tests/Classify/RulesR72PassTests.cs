namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r72, from round 72's misses: burning a house down, Polish "leniwe gnoje"; Polish "I won't go back",
/// hold music "like the rest of us"; stress or not resting as the cause of infertility or miscarriage, colds from a
/// chill, no smear for virgins, smears said to check the ovaries, a disease "died out", Polish "antibiotics only harm";
/// "show this post at the till", "ask me how", pay-per-consultation GP apps; a Punjabi parent's condition, a confirmed
/// case named by family; the writer's own health said as "myself". Sentences here are written for the tests, not copied
/// from the team's sets.</summary>
public class RulesR72PassTests
{
    [Theory]
    [InlineData("Cancel me again and I'll torch your car with you in it", "abuse.burn_house_r72")]
    [InlineData("Znowu zamknięte o 16, leniwe gnoje", "abuse.insult_d")]
    [InlineData("Pani doktor mnie zbyła, nie wrócę więcej", "complaint.wont_go_back_pl_r72")]
    [InlineData("Let the CQC sit on hold like the rest of us and see how they rate you", "complaint.like_rest_of_us_r72")]
    [InlineData("Worry is the number one cause of miscarriage, so calm down", "misinformation.stress_cause_r72")]
    [InlineData("Miscarriages are caused by lifting heavy shopping", "misinformation.stress_cause_r72")]
    [InlineData("Flu comes from wet hair in winter", "misinformation.colds_from_chill_r72")]
    [InlineData("No need for a smear test if you've never had sex", "misinformation.smear_virgin_r72")]
    [InlineData("Your smear test picks up ovarian cancer as well", "misinformation.smear_ovaries_r72")]
    [InlineData("Rickets died out with the Victorians, nobody needs vitamin D drops", "misinformation.disease_gone_r68")]
    [InlineData("Antybiotyki zawsze niszczą odporność", "misinformation.antibiotics_harm_pl_r72")]
    [InlineData("Show this post at the counter for 20% off all frames", "spam.show_post_till_r72")]
    [InlineData("Earning £500 a week from home, message me how", "spam.ask_me_how_r72")]
    [InlineData("Speak to a doctor in 15 minutes, £25 a consultation, download QuickDoc", "spam.pay_gp_app_r72")]
    [InlineData("Meri mata ji nu sugar hai, kidhar check karaiye?", "other_patient_data.parent_condition_pa_r72")]
    [InlineData("The positive case was the Kaur twins from Elm Road", "other_patient_data.confirmed_case_r72")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Colds come from viruses, not from getting chilled", "misinformation.colds_from_chill_r72")]
    [InlineData("Scarlet fever hasn't died out, my lad had it in May", "misinformation.disease_gone_r68")]
    [InlineData("Smears don't check your ovaries, that's a different test", "misinformation.smear_ovaries_r72")]
    [InlineData("We burn the leaves down the allotment every autumn", "abuse.burn_house_r72")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("Got my hernia sorted myself last spring, the surgeon was great")]
    public void Classify_WritersOwnHealth_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Some.Labels(text));
}
