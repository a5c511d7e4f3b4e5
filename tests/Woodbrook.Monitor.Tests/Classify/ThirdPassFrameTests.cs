namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>The third pass on abuse, defamation, other patients' data and staff identification: general frames, each
/// with the hard negatives it must leave alone.</summary>
public class ThirdPassFrameTests
{
    [Theory]
    [InlineData("one more time and you'll regret ever picking up that phone")]
    [InlineData("somebody is going to end up getting hurt in that waiting room")]
    [InlineData("I know where the pharmacist with the blue car parks")]
    [InlineData("that receptionist deserves a proper slap")]
    [InlineData("bunch of muppets the lot of them")]
    [InlineData("daft as a brush that whole front desk")]
    [InlineData("ty glupi debilu")]
    [InlineData("won't be so cocky when I'm stood at your door")]
    public void Classify_ThreatOrInsultWithoutStockPhrase_AddsAbuse(string text) => Assert.Contains("abuse", Some.Labels(text));

    [Theory]
    [InlineData("my arm ached like hell after the jab but fine now")]
    [InlineData("wait till you see the new waiting room, it's lovely")]
    [InlineData("I'm thick as two short planks with online forms, is there a paper one?")]
    [InlineData("don't treat us like idiots, just tell us when the phones will be fixed")]
    public void Classify_FigureOfSpeech_NoAbuse(string text) => Assert.DoesNotContain("abuse", Some.Labels(text));

    [Theory]
    [InlineData("better hope I don't see you in town doc")]
    [InlineData("the nurse that did my bloods was so gentle")]
    public void Classify_SingledOut_AddsStaffIdentification(string text) => Assert.Contains("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("Tom from next door is driving me to the flu clinic")]
    [InlineData("Grace across the road says the new rooms look great")]
    public void Classify_NeighbourWithStaffName_NoStaffIdentification(string text) =>
        Assert.DoesNotContain("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("Maureen from the bakery has started her radiotherapy, thinking of her")]
    [InlineData("spotted Dean W in there for his methadone again")]
    [InlineData("my cousin's back in hospital, third time this year")]
    public void Classify_ThirdPartyWithoutRelationWord_AddsOtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("Our Sam has a temperature, can I bring him Saturday?")]
    [InlineData("Maureen from the bakery says hi to everyone at the surgery")]
    public void Classify_OwnChildOrNoHealth_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("the receptionists flog the morning slots to their friends")]
    [InlineData("Dr O'Connor altered my records after the mistake")]
    [InlineData("Kelly calls out people's results across the waiting room")]
    [InlineData("the doctor missed my son's broken arm and sent him home")]
    public void Classify_SpecificWrongdoing_AddsDefamation(string text) => Assert.Contains("defamation", Some.Labels(text));

    [Fact]
    public void Classify_UnfitClaimAboutOtherPatients_NoDefamation() =>
        Assert.DoesNotContain("defamation", Some.Labels("Patients who swear at the nurses should be struck off"));
}
