namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass j3: staff identification and other patients' data. A staff surname that is also a word typed in lower case
/// between "that/the" and a word for a person ("that hale lad"), or opening a sentence before what the doctor did wrong
/// ("Hale signed..."); Polish "lekarka Okafor"; "the one on the desk with..."; a pregnancy asked of a tagged user and a
/// relative's suicide attempt in Romanian are other patients' data; a tagged user mocked for a belief is not.</summary>
public class RulesJ3PassTests
{
    private static IReadOnlyList<string> Labels(string text) => Some.LabelsWithRegistrar(text);

    [Theory]
    [InlineData("that hale lad looks about 12")]
    [InlineData("Hale signed my fit note without even looking at me")]
    [InlineData("Lekarka Okafor jest bardzo miła")]
    [InlineData("the one on the desk with the pink glasses rolls her eyes at me")]
    [InlineData("the bloke who runs the friday smoking clinic told me off")]
    public void Classify_OneStaffMember_Staff(string text) =>
        Assert.Contains("staff_identification", Labels(text));

    [Theory]
    [InlineData("hale and hearty at 90, that lad")]
    [InlineData("the reed diffusers in the waiting room smell lovely")]
    [InlineData("the one on the desk at Boots was lovely")]
    public void Classify_OrdinaryWordOrElsewhere_NotStaff(string text) =>
        Assert.DoesNotContain("staff_identification", Labels(text));

    [Theory]
    [InlineData("@Leah Dixon see you monday hun, how far along are you now?")]
    [InlineData("Sora mea a încercat să-și ia viața luna trecută")]
    public void Classify_ThirdPartyHealth_OtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Labels(text));

    [Theory]
    [InlineData("@Ryan Dobbs you're a moron if you think measles is just spots")]
    [InlineData("@Jo Bell how far along is the extension now?")]
    public void Classify_NoThirdPartyHealth_NotOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Labels(text));
}
