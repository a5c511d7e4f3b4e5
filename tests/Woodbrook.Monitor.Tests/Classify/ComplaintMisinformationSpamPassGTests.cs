namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass G's frames for complaint, misinformation and spam, and the comments they must leave alone. Sentences
/// here are written for the tests, not copied from the held-out sets.</summary>
public class ComplaintMisinformationSpamPassGTests
{
    [Theory]
    [InlineData("Forty minutes past my slot for a blood test. Well run as ever.")]
    [InlineData("Been calling since half 8 and still number 20 in the queue")]
    [InlineData("Shut more than you're open lately")]
    [InlineData("The optician gets back to me quicker than you lot ever do")]
    [InlineData("I've had better customer service from a vending machine")]
    [InlineData("Sent to the walk-in centre because the surgery had no slots. Pathetic.")]
    [InlineData("Sent my repeat a week ago and the chemist says it hasn't been received")]
    [InlineData("You sent me home with somebody else's prescription")]
    [InlineData("Used the online form, it was closed by 8.10. Genius.")]
    [InlineData("The phones here never work")]
    public void Classify_GrievanceFrames_AddsComplaint(string text) => Assert.Contains("complaint", Some.Labels(text));

    [Theory]
    [InlineData("Been ringing since 8, finally got through, thanks")]
    [InlineData("Flu clinic was well organised as usual, in and out in 10 minutes")]
    [InlineData("The council still haven't gritted the road up to the surgery")]
    [InlineData("Ministers should fund GP surgeries properly, you're all so overstretched")]
    [InlineData("Got seen quicker than I expected, thank you")]
    [InlineData("Does the app work on an iPad?")]
    public void Classify_NotAGrievanceAboutThePractice_NoComplaint(string text) =>
        Assert.DoesNotContain("complaint", Some.Labels(text));

    [Theory]
    [InlineData("Antibiotics for a cold always work, just ask for them")]
    [InlineData("The vitamin K injection is unnecessary, skip it")]
    [InlineData("A drop of whisky on the gums works better than any teething gel")]
    public void Classify_HarmfulClaims_AddsMisinformation(string text) => Assert.Contains("misinformation", Some.Labels(text));

    [Theory]
    [InlineData("Should I skip the vitamin K injection if baby is premature?")]
    [InlineData("My mum was told the vitamin K injection is unnecessary but the midwife explained why it matters")]
    public void Classify_QuestionsAndReportedClaims_NoMisinformation(string text) =>
        Assert.DoesNotContain("misinformation", Some.Labels(text));

    [Fact]
    public void Classify_PhysioCalledPointlessBesideACure_IsMisinformationNotComplaint()
    {
        var labels = Some.Labels("Physio is a waste of time, ginger cures arthritis");
        Assert.Contains("misinformation", labels);
        Assert.DoesNotContain("complaint", labels);
    }

    [Theory]
    [InlineData("Seen these weight loss pens for £50 on Instagram, are they safe?")]
    [InlineData("Keep getting adverts for cheap diazepam, don't trust them")]
    public void Classify_ReportedOffer_NoSpam(string text) => Assert.DoesNotContain("spam", Some.Labels(text));

    [Fact]
    public void Classify_MedicineForSale_AddsSpam() =>
        Assert.Contains("spam", Some.Labels("Cheap Ozempic pens £50, next day delivery, DM me"));
}
