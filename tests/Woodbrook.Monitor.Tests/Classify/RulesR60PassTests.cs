using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r60: advice to bin a long-term medicine named by its drug name, not only "your tablets"; the same words
/// reported from a clinician left alone; calling people groomers as name-calling, and the dog groomer's advert left to
/// the spam rules. Sentences here are written for the tests, not copied from the team's sets.</summary>
public class RulesR60PassTests
{
    [Theory]
    [InlineData("Turmeric lattes every morning, bin your atorvastatin and save the NHS a fortune")]
    [InlineData("Fasting sorted my sugars, ditch the gliclazide folks")]
    [InlineData("Chuck your sertraline, a walk in the woods does the same")]
    public void Classify_AdviceToBinANamedMedicine_FlagsMisinformation(string text) =>
        Assert.Contains(Some.Classifier.Classify(new(text)).Evidence,
            e => e.Label == CommentLabel.Misinformation && e.Rule == "misinformation.stop_treatment");

    [Theory]
    [InlineData("The GP told me to stop the ramipril for a week before my op, is that normal?")]
    [InlineData("Never just stop your bisoprolol without talking to the pharmacist first")]
    [InlineData("My consultant said to stop the bisoprolol two days before the op")]
    public void Classify_ClinicianAdviceOrWarning_NotStopTreatment(string text) =>
        Assert.DoesNotContain(Some.Classifier.Classify(new(text)).Evidence, e => e.Rule == "misinformation.stop_treatment");

    [Theory]
    [InlineData("You are all groomers, pushing this on kids")]
    [InlineData("Bunch of groomers the lot of you")]
    public void Classify_CallingPeopleGroomers_FlagsAbuse(string text) => Assert.Contains("abuse", Some.Labels(text));

    [Fact]
    public void Classify_DogGroomerAdvert_NotAbuse() =>
        Assert.DoesNotContain("abuse", Some.Labels("Dog groomers wanted for our new salon on Mill Lane, message for details"));

    [Theory]
    [InlineData("Atorvastatin is a scam, it does nothing for your heart")]
    [InlineData("Honestly omeprazole is a con, the pharma lot know it")]
    public void Classify_NamedMedicineCalledFake_FlagsMisinformation(string text) =>
        Assert.Contains(Some.Classifier.Classify(new(text)).Evidence,
            e => e.Label == CommentLabel.Misinformation && e.Rule == "misinformation.p2_fake");
}
