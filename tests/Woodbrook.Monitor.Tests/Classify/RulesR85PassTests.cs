namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r85, from round 85's misses: Welsh grievances ("mae hyn yn warthus", waiting "ers pythefnos"), insults
/// ("y pen bach", "siarad trwy dy din") and a named person or family's child with an illness; plural name-calling typed
/// masked or spaced ("soft sh*tes", "c o c k w o m b l e"); something priced with a way to order, in Polish, Welsh or
/// Urdu; harmful ways to get a tick out; staff told their routine has been watched. Exemptions: "in and out in 10 mins"
/// (praise), a staff first name that belongs to someone the writer knows elsewhere ("Kelly from my NCT group"), "Dr Mum",
/// a petition link, shame felt rather than shame on the practice ("mujhe sharam aa rahi thi"), a grievance placed
/// elsewhere ("not here, this was in Birmingham"), Polish pain had "od tygodnia". Sentences here are written for the
/// tests, not copied from the team's sets.</summary>
public class RulesR85PassTests
{
    [Theory]
    [InlineData("Mae hyn yn warthus, neb yn ateb y ffôn", "complaint.welsh_disgrace_r85")]
    [InlineData("Dw i'n disgwyl am ganlyniadau ers pythefnos", "complaint.welsh_disgrace_r85")]
    [InlineData("Cau dy geg, y pen bach", "abuse.welsh_insult_r85")]
    [InlineData("Welais i Gareth Price yn y dderbynfa efo'r frech goch", "other_patient_data.welsh_person_r85")]
    [InlineData("Mae merch fach y Pritchards wedi cael llid yr ymennydd", "other_patient_data.welsh_person_r85")]
    [InlineData("get a grip you soft sh*tes", "abuse.insult_b")]
    [InlineData("whoever runs this page is a c o c k w o m b l e", "abuse.insult_b")]
    [InlineData("Sprzątanie domów, 15 £ za godzinę, dzwoń 07700 900123", "spam.priced_offer_r85")]
    [InlineData("Samosas £1 each, hamari dukaan par, Market Street", "spam.priced_offer_r85")]
    [InlineData("Put some vaseline on a tick and it backs out by itself, works every time", "misinformation.tick_remedy_r85")]
    [InlineData("Your nurses all park round the back and finish at six. Noticed that. Worth remembering", "abuse.watched_routine_r85")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Dw i wedi cael fy mhigiad ffliw heddiw, diolch", "other_patient_data.welsh_person_r85")]
    [InlineData("Mae'r tywydd yn warthus heddiw", "complaint.welsh_disgrace_r85")]
    [InlineData("Don't put vaseline on a tick, use fine tweezers and pull straight up", "misinformation.tick_remedy_r85")]
    [InlineData("Please leave by the side door after six when the lights are off, take care in the dark", "abuse.watched_routine_r85")]
    [InlineData("Remember the surgery closes at half six on Fridays, so leave by the side door if you're in late", "abuse.watched_routine_r85")]
    [InlineData("Uwaga, oszustwo: ktoś pisze że sprzedaje leki za 20 £, nie dzwońcie", "spam.priced_offer_r85")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("Saw the nurse for my smear on Tuesday, in and out in 5 mins", "complaint")]
    [InlineData("Kelly from my NCT group is coming to the fun day too", "staff_identification")]
    [InlineData("Linda from over the road brought me down for my jab", "staff_identification")]
    [InlineData("Dr Google said cancer, Dr Mum said cold", "staff_identification")]
    [InlineData("Please sign the petition to keep the branch open: change.org/p/keep-the-branch-open", "spam")]
    [InlineData("Shukriya, mujhe sharam aa rahi thi pehle, ab theek hai", "complaint")]
    [InlineData("Nu vă fie rușine să cereți ajutor, m-au ajutat mult", "complaint")]
    [InlineData("It took two years to get my diagnosis (not here, that was in Cardiff)", "complaint")]
    [InlineData("Plecy bolą mnie od tygodnia, czy mogę zapisać się do fizjoterapeuty?", "complaint")]
    public void Classify_Exempted_DoesNotCarryTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("Kelly on reception was rude to me again today")]
    [InlineData("Sharam karo, teen hafte se koi jawab nahi")]
    [InlineData("Czekam od tygodnia na receptę, nikt nie odbiera")]
    public void Classify_StillAGrievanceOrNamed_StillFlagged(string text) =>
        Assert.NotEmpty(Some.Labels(text));
}
