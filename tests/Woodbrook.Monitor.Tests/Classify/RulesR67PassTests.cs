namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r67, from rounds 66 and 67's misses and false flags: a group said to deserve sterilising, a visit with a
/// hammer; food called medicine, the liver said to mend in days, a cure pressed on everyone; staff said to invent records,
/// vials topped up with saline, a spoiled batch given anyway, a job given to a relative; a relative lost to an illness, a partner's
/// weeks of pregnancy; a paid service that comes to you, a trade happy to quote; the practice found easier to beat than to
/// reach. And the false flags: the practice cleared ("nowt to do with the surgery"), a staff member's namesake, Welsh
/// "beth", terrible jokes, and a remedy known not to work said not to work. Sentences here are written for the tests, not
/// copied from the team's sets.</summary>
public class RulesR67PassTests
{
    [Theory]
    [InlineData("people who won't vaccinate their kids ought to be neutered", "abuse.group_cull_r67")]
    [InlineData("next time I'm down there with a cricket bat for that receptionist", "abuse.weapon_visit_r67")]
    [InlineData("Mouldy cheese is basically penicillin for a sore throat", "misinformation.food_as_drug_r67")]
    [InlineData("The liver regenerates within a weekend so a dry Monday sorts everything", "misinformation.liver_resets_r67")]
    [InlineData("Turmeric healed my arthritis, everyone with joint pain needs to be on it", "misinformation.testimonial_for_all_r67")]
    [InlineData("The receptionists made up the triage outcomes to keep the GPs' lists short", "defamation.falsify_r67")]
    [InlineData("Half the flu jabs get topped up with saline at the end of the day to make the box go further", "defamation.falsify_r67")]
    [InlineData("She only got the manager post because she's the senior partner's niece", "defamation.falsify_r67")]
    [InlineData("Lost my brother to it last spring. Please get checked", "other_patient_data.lost_to_r67")]
    [InlineData("Missus is 34 weeks now, does she book the jab here", "other_patient_data.partner_weeks_r67")]
    [InlineData("We come to you! Mobile dog grooming, prices on request", "spam.comes_to_you_r67")]
    [InlineData("Roofing contractor here, happy to quote for the surgery's flat roof", "spam.comes_to_you_r67")]
    [InlineData("My dog sees the vet faster than I see a GP here", "complaint.easier_than_gp_r67")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("The chemist lost my inhaler request again, nowt to do with the practice mind", "complaint")]
    [InlineData("Hospital parking was a nightmare 🙄 at least you lot are lovely", "complaint")]
    [InlineData("My neighbour is called Kelly Brown too, she's a hairdresser", "staff_identification")]
    [InlineData("Beth bynnag, diolch am y neges", "staff_identification")]
    [InlineData("We'll miss her awful puns at the Christmas do", "complaint")]
    [InlineData("Homeopathy is just a placebo, the sugar pills do nothing", "misinformation")]
    [InlineData("Easier than I thought to get an appointment this week", "complaint")]
    [InlineData("All the clinic tools should be sterilised between patients", "abuse")]
    public void Classify_FormerFalseFlagOrNearMiss_IsNotThatLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));
}
