namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r87, from round 87's misses: harmful first aid for stings (wet sand, pee, hot oil) and Romanian burns
/// myths; CPR said to kill more than it saves; Romanian "omoară orice virus"; the flu jab said in Welsh to give you flu;
/// hate in Welsh and Romanian (a nationality told to go home, people called monkeys); Welsh "be di pwynt" and Polish
/// "brak odpowiedzi" grievances; a complaint never answered; honey said to be safe for babies; certificates sold without
/// the course; Welsh strokes had by a named person. Exemptions: the writer's own fault ("fy mai fy hun"), sympathy that
/// running a surgery "must be a nightmare". Sentences here are written for the tests, not copied from the team's
/// sets.</summary>
public class RulesR87PassTests
{
    [Theory]
    [InlineData("Jellyfish sting? Pee on it, works every time", "misinformation.sting_remedy_r87")]
    [InlineData("Rub sand on a weever fish sting, draws the poison out", "misinformation.sting_remedy_r87")]
    [InlineData("Pune pasta de dinti pe arsura si a doua zi a trecut", "misinformation.burn_first_aid_ro_r87")]
    [InlineData("Don't bother with CPR, it kills more people than it saves", "misinformation.cpr_myth_r87")]
    [InlineData("Ceaiul cu usturoi omoara orice virus, garantat", "misinformation.kills_virus_ro_r87")]
    [InlineData("Peidiwch â chael y pigiad, mae o'n rhoi'r ffliw i chi", "misinformation.welsh_jab_flu_r87")]
    [InlineData("Rwmaniaid budr, ewch adre", "abuse.hate_cy_r87")]
    [InlineData("Asistentele voastre sunt niste maimute", "abuse.hate_cy_r87")]
    [InlineData("Gofynnais am apwyntiad dair gwaith. Be di pwynt ffonio?", "complaint.other_lang_r87")]
    [InlineData("Wysłałam eConsult w poniedziałek, odpowiedzi do dzis brak", "complaint.other_lang_r87")]
    [InlineData("I complained to the practice manager in March and never had a response", "complaint.never_answered_r87")]
    [InlineData("Honey is fine for babies, the botulism thing is scaremongering", "misinformation.honey_baby_r87")]
    [InlineData("Food hygiene certificates for sale, no course needed, genuine, £25", "spam.fake_certificate_r87")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Don't pee on a jellyfish sting, rinse it with sea water", "misinformation.sting_remedy_r87")]
    [InlineData("CPR saves lives, broken ribs heal, do it until the ambulance comes", "misinformation.cpr_myth_r87")]
    [InlineData("Sapunul nu omoara orice virus, dar ajuta", "misinformation.kills_virus_ro_r87")]
    [InlineData("Never give honey to babies under one, botulism is real", "misinformation.honey_baby_r87")]
    [InlineData("Ewch adre os ydych chi'n sâl, diolch", "abuse.hate_cy_r87")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("Llosg haul ofnadwy, fy mai fy hun am anghofio'r eli", "complaint")]
    [InlineData("Running a surgery in winter must be a nightmare, thank you all", "complaint")]
    public void Classify_Exempted_DoesNotCarryTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Fact]
    public void Classify_WelshNamedPersonWithStrokes_IsOtherPatientsData() =>
        Assert.Contains("other_patient_data", Some.Labels("Mae Dai Pritchard yn well ers y strociau bach gafodd o llynedd"));
}
