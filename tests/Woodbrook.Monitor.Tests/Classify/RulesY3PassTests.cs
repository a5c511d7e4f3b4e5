namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass y3: staff identification and other patients' data. A staff surname that is also an everyday word is the
/// member of staff right after a verb of meeting or thanking ("Saw Reed last week"); one person by the day or shift they
/// work, also in Romanian; a relative's care error or screening finding; "bhai" as a term of address is no relative.</summary>
public class RulesY3PassTests
{
    [Theory]
    [InlineData("Saw Reed last week, he's alright actually")]
    [InlineData("got seen by Reed this morning and he was lovely")]
    [InlineData("the midwife on a Monday is so calming")]
    [InlineData("Recepționera de dimineață mi-a închis telefonul în nas")]
    public void Classify_OnePersonByObjectOrShift_Staff(string text) =>
        Assert.Contains("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("Saw Reed Street is closed again")]
    [InlineData("cheers Brown sauce on a bacon butty sorts me out")]
    [InlineData("the doctors on a Monday are always rushed")]
    public void Classify_OrdinaryWordOrGroup_NotStaff(string text) =>
        Assert.DoesNotContain("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("The nurse gave my niece Lily the wrong jab last week")]
    [InlineData("Our Trev did his kit after I nagged him and they found polyps")]
    [InlineData("Soțul meu, Ion Marin, are nevoie urgentă de insulină")]
    [InlineData("my brother Dan who has learning difficulties was treated so well")]
    [InlineData("@Ryan Doyle weren't you banned for kicking off when they wouldn't give you more valium")]
    public void Classify_ThirdPartyCareOrFinding_OtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("Bhai koi booster na lagwaye, is se dil ka daura padta hai")]
    [InlineData("Bhai these jabs are no joke, I was wiped out for a day after mine")]
    [InlineData("They gave me the wrong jab and I had to go back")]
    public void Classify_AddressOrOwnCare_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Some.Labels(text));
}
