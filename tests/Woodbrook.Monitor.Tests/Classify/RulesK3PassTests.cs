namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass k3: staff identification and other patients' data. "Hale signed up for..." is somebody joining something,
/// not the registrar (StaffMatcher); the one pharmacist with a word before what they did; a person picked out by where they
/// live plus a health detail; a relative with a hospital a clause later; allergies and a blue badge; an advert's "protect
/// your family" and a tagged user's belief about an illness are no patient's data.</summary>
public class RulesK3PassTests
{
    private static IReadOnlyList<string> Labels(string text) => Some.LabelsWithRegistrar(text);

    [Theory]
    [InlineData("Hale signed my fit note without even looking at me")]
    [InlineData("the pharmacist there keeps rejecting my repeat for no reason")]
    [InlineData("our pharmacist just changed my dose without asking")]
    public void Classify_OneStaffMember_Staff(string text) =>
        Assert.Contains("staff_identification", Labels(text));

    [Theory]
    [InlineData("Hale signed up for the walking group?")]
    [InlineData("went to Boots and the pharmacist there changed my tablets")]
    public void Classify_NotStaffHere_NotStaff(string text) =>
        Assert.DoesNotContain("staff_identification", Labels(text));

    [Theory]
    [InlineData("that psycho from number 40 Grange Rd is off his lithium again, lock your doors")]
    [InlineData("the weirdo off the 3rd floor flats is only there for her diabetes tablets anyway")]
    [InlineData("my cousin's little boy, the one who came to the fun day with us last summer, is in the Children's Hospital")]
    [InlineData("Dr Hale gave my dad a fortnight of antibiotics he's allergic to")]
    public void Classify_ThirdPartyHealth_OtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Labels(text));

    [Theory]
    [InlineData("Covid jabs rewrite your DNA. Protect your family with our spike detox drops 👉 purebody.example.shop")]
    [InlineData("@Sam Reed you think covid is a cold, grow up")]
    [InlineData("the man from Boots on Park Road sorted my tablets")]
    public void Classify_NoThirdPartyHealth_NotOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Labels(text));
}
