namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass s3: staff identification, other patients' data and abuse. A lone staff first name followed by a
/// comma and "I'll"/"you" is still the member of staff (the capitalised pronoun is no surname); a namesake "from the
/// football club" is not; Welsh/Polish/Romanian "the new doctor"; health epithets pinned to an address; veiled threats.</summary>
public class RulesS3PassTests
{
    [Theory]
    [InlineData("Pathetic little woman Kelly, I'll be waiting outside")]
    [InlineData("Kelly, you're a star, thank you")]
    [InlineData("y doctor newydd yn ofnadwy, dim diddordeb o gwbl")]
    [InlineData("doctorul cel nou nu m-a ascultat deloc")]
    public void Classify_LoneNameBeforePronounOrNewDoctor_Staff(string text) =>
        Assert.Contains("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("Tom from the football club said the same, 9000 calls is mental")]
    [InlineData("Kelly Moore this is the one I was on about")]
    public void Classify_NamesakeOrOtherPerson_NotStaff(string text) =>
        Assert.DoesNotContain("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("That junkie at no 3 Ferry Lane gets seen same day and I wait 3 weeks")]
    [InlineData("the nut job on Kings Rd who screams at the bus stop is one of yours")]
    [InlineData("My brother's just been told he's type 2, is this check any use for him?")]
    [InlineData("Fy nhad yn 88 ac ar ocsigen, byw ar ben ei hun")]
    public void Classify_HealthEpithetOrRelativeHealth_OtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("@Dean Harper you absolute weapon, maybe read the post before crying about it")]
    [InlineData("Took my mum for hers, in and out in 10 mins")]
    public void Classify_NoHealthDisclosed_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("Tom better watch his back when he leaves tonight")]
    [InlineData("Kelly's a proper dog no wonder she hides behind the glass")]
    [InlineData("khote da puttar Dr O'Connor, bahar mil tainu dassanga")]
    public void Classify_VeiledThreatOrInsult_Abuse(string text) =>
        Assert.Contains("abuse", Some.Labels(text));

    [Theory]
    [InlineData("F***ing brilliant, got called back in 5 mins 😂")]
    [InlineData("Fucking legends the lot of you, sorted in 10 mins")]
    [InlineData("watch your back lifting those boxes folks, the heat makes it worse")]
    public void Classify_PraiseIntensifier_NoAbuse(string text) =>
        Assert.DoesNotContain("abuse", Some.Labels(text));
}
