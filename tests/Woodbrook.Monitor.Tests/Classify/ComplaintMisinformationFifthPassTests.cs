namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>The fifth pass's frames for complaint and misinformation, and the grumbles about other services they must
/// leave alone. Sentences here are written for the tests, not copied from the held-out sets.</summary>
public class ComplaintMisinformationFifthPassTests
{
    [Theory]
    [InlineData("No one ever rings back, not once")]
    [InlineData("Nobody ever answers before ten")]
    [InlineData("Pity no one can get through before they're all gone")]
    [InlineData("Appointments gone by 8.03 again. Surprise surprise.")]
    [InlineData("The optician is far better run than this surgery")]
    [InlineData("Gave up ringing and went to the walk-in centre, says it all")]
    public void Classify_GrievanceFrames_AddsComplaint(string text) => Assert.Contains("complaint", Some.Labels(text));

    [Theory]
    [InlineData("The buses out to the surgery are awful since the timetable changed")]
    [InlineData("The urgent treatment centre was a nightmare on Sunday, six hours")]
    [InlineData("On-street parking near the clinic is a nightmare at school time")]
    [InlineData("Good move, the previous booking system was a joke")]
    [InlineData("Roadworks are making the drive in a nightmare")]
    public void Classify_GrumbleAboutAnotherService_NoComplaint(string text) =>
        Assert.DoesNotContain("complaint", Some.Labels(text));

    [Theory]
    [InlineData("Antibiotics for a sore throat, sorted in two days every time")]
    [InlineData("Newborns don't need the vitamin K shot, trust your instincts")]
    [InlineData("The MMR booster is just a pharma money-making scam")]
    public void Classify_HarmfulClaims_AddsMisinformation(string text) => Assert.Contains("misinformation", Some.Labels(text));

    [Theory]
    [InlineData("Antibiotics don't work for a cold, it's a virus")]
    [InlineData("Do babies need the vitamin K injection?")]
    [InlineData("Some people reckon the jab is a pharma scam, it really isn't")]
    public void Classify_QuestionsAndRebuttals_NoMisinformation(string text) =>
        Assert.DoesNotContain("misinformation", Some.Labels(text));
}
