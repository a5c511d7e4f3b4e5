namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass w3: staff identification and other patients' data. A staff surname after a capitalised "That"/"Tell"
/// opening the sentence is still the member of staff (the opening word is no first name of a namesake); a third party's
/// illness told without naming it ("now he's stage 3", "caught it early") and a tagged user's health after "after".</summary>
public class RulesW3PassTests
{
    [Theory]
    [InlineData("That O'Connor bloke wants sacking")]
    [InlineData("Tell O'Connor he's a legend")]
    public void Classify_SurnameAfterCapitalisedOpeningWord_Staff(string text) =>
        Assert.Contains("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("Bridget Jones is my favourite film")]
    [InlineData("Mrs Patel next door says hi to everyone")]
    public void Classify_NamesakeSurname_NotStaff(string text) =>
        Assert.DoesNotContain("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("My uncle Derek binned his kit and now he's stage 3. Please do yours")]
    [InlineData("My dad did his kit last year and they caught it early, he's fine now")]
    [InlineData("@Leanne Price book yours babe, after that scare with the abnormal cells last year")]
    [InlineData("moja teściowa ma POChP, czy może przyjść?")]
    public void Classify_ThirdPartyIllnessToldIndirectly_OtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("I did mine and they caught it early, please do yours")]
    [InlineData("@leanne_p after the flu jab queue we're going for a brew")]
    [InlineData("Had abnormal cells treated myself years ago, please book yours")]
    public void Classify_OwnHealthOrNoHealth_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Some.Labels(text));
}
