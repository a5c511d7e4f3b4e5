namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass H on abuse, defamation, other patients' data and staff identification: surnames that a squeezed double
/// letter turned into common words, medical phrases containing a rude word, other bodies' mistakes, hypothetical babies,
/// illnesses named as claims, "has got it", NHS numbers with a wrong check digit and group name-calling.</summary>
public class RulesHPassTests
{
    [Theory]
    [InlineData("Gary Booth has cancer")]
    [InlineData("tell Gary Booth his blood results came back")]
    [InlineData("Sophie Turner in year 4 has got it, her mum's not said anything")]
    [InlineData("Mrs Davies has caught it off her grandkids")]
    [InlineData("NHS no 485 777 3456 - my neighbour's, please ring her")]
    public void Classify_AnotherPersonsHealthOrNumber_AddsOtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("Pregnant women should never have the whooping cough vaccine, it harms the baby")]
    [InlineData("vaccines harm the baby and cause autism")]
    [InlineData("MMR causes autism, my cousin's boy was never the same")]
    [InlineData("Gary Smith has got it sorted for us, thanks")]
    [InlineData("Ben Stokes has got it right about the jab")]
    [InlineData("my NHS no is 485 777 3456 can you check")]
    public void Classify_NoThirdPartysHealth_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("had the heel prick test done today, little one didn't even cry")]
    [InlineData("finger prick test for my sugar, quick and easy")]
    public void Classify_MedicalPhraseWithRudeWord_NoAbuse(string text) =>
        Assert.DoesNotContain("abuse", Some.Labels(text));

    [Theory]
    [InlineData("you lot are a bunch of useless pricks")]
    [InlineData("Dr O'Connor is a racist pr*ck")]
    [InlineData("worst doctors in the county, useless the lot of them")]
    [InlineData("Useless bunch of f*ckers, answer the phone")]
    public void Classify_ProfanityOrGroupInsult_AddsAbuse(string text) =>
        Assert.Contains("abuse", Some.Labels(text));

    [Fact]
    public void Classify_OpinionUseless_NoAbuse() =>
        Assert.DoesNotContain("abuse", Some.Labels("Dr Hale is rude, arrogant and useless"));

    [Fact]
    public void Classify_AnotherBodyLostResults_NoDefamation() =>
        Assert.DoesNotContain("defamation", Some.Labels("Hospital lost my scan results twice, you lot were brilliant chasing it"));

    // Pass q2: a lost result is an allegation only with the harm it did; with none it is a complaint ("third time you've
    // lost my bloods"), see RulesQ2PassTests.
    [Fact]
    public void Classify_PracticeLostResults_AddsDefamation() =>
        Assert.Contains("defamation", Some.Labels("you lost my blood results and by the time I redid them my kidneys had failed"));
}
