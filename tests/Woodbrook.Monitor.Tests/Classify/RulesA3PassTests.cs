namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass a3: staff identification and other patients' data. A staff surname that is also a word, between a
/// determiner and a word for a person ("that Hale fella"); a one-holder role with a person word or with what the practice
/// says of them; a Polish "that receptionist"; "new doc" told of without an article; a fake doctor's product in an advert
/// is not staff. Punjabi kin words with "ji", a symptom seen in the flu queue, a relative's drinking and a tagged user's
/// bunions are other patients' data; a vaccine "with the meningitis B in it", an indefinite partner in a health fact,
/// "get some therapy" at a user and a staff member described are not.</summary>
public class RulesA3PassTests
{
    private static IReadOnlyList<string> Labels(string text) => Some.LabelsWithRegistrar(text);

    [Theory]
    [InlineData("that Hale fella made me feel like a hypochondriac")]
    [InlineData("That new Hale lad never even looked up from the screen")]
    [InlineData("the pharmacist lady sorted my inhalers out")]
    [InlineData("The pharmacist you're so proud of never rings back")]
    [InlineData("Ta recepcjonistka z rudymi włosami jest chamska")]
    [InlineData("new doc looks about 12 lol")]
    public void Classify_DescribedOneStaffMember_Staff(string text) =>
        Assert.Contains("staff_identification", Labels(text));

    [Theory]
    [InlineData("I lost 3 stone with Dr Fiona's slimming drops, message me for a starter pack £30")]
    [InlineData("We really need a new doctor round here, the list is full everywhere")]
    [InlineData("Hale and hearty at 90, my grandad")]
    [InlineData("the pharmacist lady at Boots was really helpful")]
    public void Classify_AdvertOrGeneric_NotStaff(string text) =>
        Assert.DoesNotContain("staff_identification", Labels(text));

    [Theory]
    [InlineData("Mere chachaji nu sugar di bimari hai")]
    [InlineData("@Dawn Pickles ur mam was in the flu queue coughing her lungs up")]
    [InlineData("Beth found my uncle a bed at the shelter when his drinking got bad")]
    [InlineData("@Gary Pike nobody cares about your bunions mate")]
    [InlineData("ordered my mum's repeat on the 2nd, still not ready. She's on heart meds")]
    public void Classify_RelativeOrTaggedHealth_OtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Labels(text));

    [Theory]
    [InlineData("Is the 16 week one the one with the meningitis B in it?")]
    [InlineData("Smear tests are pointless if you've only had one partner, you can't get cervical cancer")]
    [InlineData("that Hale fella made me feel like a hypochondriac for asking about a lump")]
    [InlineData("my mum was at the flu clinic this morning, said it was very organised")]
    public void Classify_FactOrInsultOrStaff_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Labels(text));

    // Since the any-label head adds from 0.85 (round 76) it reads this insult at a tagged user as other patients' data
    // (learned.any); the measured trade-off is in LearnedBackstop.AnyAddAt. The rules still must not.
    [Fact]
    public void Classify_TaggedInsult_NoRuleFindsOtherPatientData() =>
        Assert.DoesNotContain(Some.Rules("@Jodie Marsh get some therapy then"), r => r.StartsWith("other_patient_data.", StringComparison.Ordinal));
}
