namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r77, from round 77's misses and false flags: insults, curses, spam, unanswered phones, selling on the
/// side, myths and other people's illnesses in Lithuanian, Kurdish, Bulgarian, Farsi, Italian, Welsh, Tamil and Polish; in
/// English a fist through the screen, petrol through the letterbox, "sand religion", "pigs in wigs",
/// closed again on the one afternoon, "the fifth day running", the earliest slot next month, doses sold privately,
/// shingles only without chickenpox, a named family's children unvaccinated, a named person's child with an illness, a
/// found prescription bag, casino spins, lonely wives in your area, the doctor in the middle of the photo; and as false
/// flags doctors and famous people on the telly and the writer's own date of birth or NHS number. Sentences here are
/// written for the tests, not copied from the team's sets.</summary>
public class RulesR77PassTests
{
    [Theory]
    [InlineData("Jūs visi kiaulės ir idiotai", "abuse.other_languages_r77")]
    [InlineData("Идиоти, нищо не правите", "abuse.other_languages_r77")]
    [InlineData("Vaffanculo a tutti voi della reception", "abuse.other_languages_r77")]
    [InlineData("I'll smash my fist through that window if she says no again", "abuse.threat_r77")]
    [InlineData("Somebody should put petrol through their door", "abuse.threat_r77")]
    [InlineData("That place deserves burning down", "abuse.threat_r77")]
    [InlineData("Shut again, and the one day I had an appointment booked", "complaint.again_running_r77")]
    [InlineData("Rang at 8 for the fourth day running and still nothing", "complaint.again_running_r77")]
    [InlineData("The first available appointment is next month, brilliant", "complaint.again_running_r77")]
    [InlineData("Ho chiamato tre volte, nessuno ha risposto", "complaint.again_running_r77")]
    [InlineData("Звъня от сутринта, никой не вдига", "complaint.again_running_r77")]
    [InlineData("They sell the jabs privately to whoever pays", "defamation.selling_on_the_side_r77")]
    [InlineData("Antibiotici fanno bene per il raffreddore, sempre", "misinformation.other_languages_r77")]
    [InlineData("Attenzione, la terapia ormonale causa quasi sempre il cancro", "misinformation.other_languages_r77")]
    [InlineData("Shingles only happens if you never had chickenpox", "misinformation.other_languages_r77")]
    [InlineData("Baba ima demenciya, ne izliza veche", "other_patient_data.other_languages_r77")]
    [InlineData("The Pattersons still haven't had their kids vaccinated", "other_patient_data.found_or_family_r77")]
    [InlineData("Found a prescription bag by the bins, the label says J. Wilkins, sertraline 100mg", "other_patient_data.found_or_family_r77")]
    [InlineData("Sprzedam tabletki na odchudzanie, zamówienia na pm", "spam.other_languages_r77")]
    [InlineData("50 free spins when you sign up today", "spam.other_languages_r77")]
    [InlineData("Hot singles in your area want to meet you", "spam.other_languages_r77")]
    [InlineData("Who's the nurse in the middle? She did my jab", "staff_identification.in_the_photo_r77")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Sandwiches in the middle of the table for the volunteers", "abuse.threat_r77")]
    [InlineData("Boots sell the flu jab privately if you're not eligible here", "defamation.selling_on_the_side_r77")]
    [InlineData("Morbili non è una malattia lieve, vaccinate i bambini", "misinformation.other_languages_r77")]
    [InlineData("Is it true shingles only comes if you never had chickenpox?", "misinformation.other_languages_r77")]
    [InlineData("Picked up my prescription bag, the label had my name spelt wrong but the sertraline is right", "other_patient_data.found_or_family_r77")]
    [InlineData("My dad is in the middle of the photo, he's a patient volunteer", "staff_identification.in_the_photo_r77")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("Dr Chris on the telly said the same about blood pressure", "staff_identification")]
    [InlineData("Gary Lineker talking about his cancer scare on the radio made me book mine", "other_patient_data")]
    [InlineData("my date of birth is 14/02/1971 if you need it to find my prescription", "other_patient_data")]
    public void Classify_NotTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("Dr Patel was on the telly last night, she's ours!", "staff_identification")]
    [InlineData("My NHS number is 943 476 5919 and my husband's DOB is 01/01/1950, he needs his diabetes review", "other_patient_data")]
    public void Classify_StillTheLabel(string text, string label) =>
        Assert.Contains(label, Some.Labels(text));
}
