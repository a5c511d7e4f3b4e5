namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass f3: staff identification and other patients' data. A staff name signed with a role is staff, not a patient;
/// the one who runs the office is one person; Polish "mam astmę" is the writer's own; a third person's A&amp;E visit,
/// blisters or heatstroke, and a tagged user's treatment a long sentence after the tag, are another patient's data.</summary>
public class RulesF3PassTests
{
    [Theory]
    [InlineData("Hi it's Grace, Clinical Pharmacist, I can post your meds for a small fee, WhatsApp 07700 900561")]
    [InlineData("Kelly, Receptionist at Woodbrook, says the phones are back on")]
    [InlineData("the rude woman who runs your office never answers an email")]
    public void Classify_SignedRoleOrOfficeRunner_Staff(string text) =>
        Assert.Contains("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("Kelly Moore this is the one I was on about")]
    public void Classify_OtherPersonSameFirstName_NotStaff(string text) =>
        Assert.DoesNotContain("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("my neighbour had it and came out in blisters all over her back")]
    [InlineData("my uncle ended up in A&E with heatstroke on Sunday")]
    [InlineData("@Nathan Cole stop moaning, youre the one who screams at them every time you go in for your methadone")]
    public void Classify_ThirdPartyHealth_OtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("Mam astmę i cukrzycę, czy to się liczy?")]
    [InlineData("Hi it's Grace, Clinical Pharmacist, I can post your meds for a small fee, WhatsApp 07700 900561")]
    public void Classify_OwnHealthOrSignedStaff_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Some.Labels(text));
}
