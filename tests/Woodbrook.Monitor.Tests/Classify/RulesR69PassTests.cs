namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r69, from round 69's misses: threats of more next time, punishments too good for people, a group to be
/// sunk on a boat, an illness as God's punishment, foreign staff sent home, a slow painful death wished, waiting for a
/// shift to end, a faith's people as "that lot", "this is England"; a vaccine made equal to a harm, a grave illness said
/// to spare a group, lumps always harmless, a remedy doing the job of medicine, mRNA changing genes, asking about suicide
/// planting the idea, a mental illness as a choice, bleach to gargle; leaked patient lists, staff helping themselves,
/// other patients' results on show, a bonus per medicine stopped; a family's children by surname with a condition, a
/// name with an age and a death, a neighbour with a house number and a medicine, relatives who drink in Polish and Urdu.
/// Sentences here are written for the tests, not copied from the team's sets.</summary>
public class RulesR69PassTests
{
    [Theory]
    [InlineData("Next time it'll be more than a complaint letter, you know who I am", "abuse.worse_next_time")]
    [InlineData("Hanging's too good for whoever keyed the doctor's car", "abuse.too_good_for_r69")]
    [InlineData("Put all the dealers on a boat and sink it", "abuse.boat_sink_r69")]
    [InlineData("HIV is God's punishment for the way they live", "abuse.gods_punishment_r69")]
    [InlineData("Ship the foreign nurses back home and hire locals", "abuse.send_foreign_home_r69")]
    [InlineData("wishing the lot of you a slow and painful illness", "abuse.slow_painful_r69")]
    [InlineData("wait for you outside when your shift ends love", "abuse.shift_ends_r69")]
    [InlineData("the polish lot will have all the appointments booked again", "abuse.faith_lot_r69")]
    [InlineData("This is England, speak English or go somewhere else", "abuse.this_is_england_r69")]
    [InlineData("MMR = autism, do your research", "misinformation.equals_harm_r69")]
    [InlineData("Meningitis can't happen to teenagers, stop scaring people", "misinformation.spares_group_r69")]
    [InlineData("Healthy people don't get strokes, only smokers", "misinformation.spares_group_r69")]
    [InlineData("Breast lumps are always just cysts at your age", "misinformation.lumps_harmless_r69")]
    [InlineData("Ginger does the job of all those tablets the GP gives you", "misinformation.does_job_of_meds_r69")]
    [InlineData("The covid jab gets into your DNA and changes it forever", "misinformation.mrna_genes_r69")]
    [InlineData("Asking someone if they're suicidal just puts the idea in their head", "misinformation.asking_plants_idea_r69")]
    [InlineData("Depression is a choice, plain and simple", "misinformation.illness_a_choice_r69")]
    [InlineData("send them round to catch chickenpox and get it over with", "misinformation.catch_it_r69")]
    [InlineData("Gargle with diluted Dettol, kills any sore throat", "misinformation.bleach_r69")]
    [InlineData("Someone leaked the patient list to a debt company", "defamation.leaked_list_r69")]
    [InlineData("The receptionists help themselves from the charity tin when nobody's looking", "defamation.help_themselves_r69")]
    [InlineData("Could see other people's results on the screen at the desk, facing the waiting room", "defamation.results_on_show_r69")]
    [InlineData("They get a bonus for every prescription they stop", "defamation.bonus_per_stop_r69")]
    [InlineData("The Wilson boys are both on antibiotics again", "other_patient_data.surname_family_r69")]
    [InlineData("Margaret Ellis, 71, gone in six weeks from diagnosis", "other_patient_data.name_age_died_r69")]
    [InlineData("Our neighbour Shane at 31 picks up his oxy every Friday", "other_patient_data.neighbour_number_med_r69")]
    [InlineData("Mój mąż pije codziennie i nie chce iść do lekarza", "other_patient_data.relative_drinks_r69")]
    [InlineData("Meri behan ka husband sharab peeta hai roz", "other_patient_data.relative_drinks_r69")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Please, nobody gargle bleach, whatever the internet says", "misinformation")]
    [InlineData("Hanging baskets look lovely outside the surgery", "abuse")]
    [InlineData("The Wilson boys did a sponsored run for the surgery", "other_patient_data")]
    [InlineData("It's not God's punishment, it's a virus", "abuse")]
    public void Classify_NearMiss_IsNotThatLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("Meningitis can happen to anyone, even healthy teenagers", "misinformation.spares_group_r69")]
    [InlineData("Lumps are not always cysts, get checked", "misinformation.lumps_harmless_r69")]
    [InlineData("Is it true the jab changes your DNA?", "misinformation.mrna_genes_r69")]
    [InlineData("It's a myth that sepsis can't happen to kids", "misinformation.spares_group_r69")]
    [InlineData("my neighbour at 22 had her flu jab today", "other_patient_data.neighbour_number_med_r69")] // a routine jab; the learned heads flag it
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));
}
