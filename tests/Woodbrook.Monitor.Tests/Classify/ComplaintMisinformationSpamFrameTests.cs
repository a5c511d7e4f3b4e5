namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>The third pass's frames for complaint, misinformation and spam, and the hard negatives they must leave alone.
/// Sentences here are written for the tests, not copied from the held-out sets.</summary>
public class ComplaintMisinformationSpamFrameTests
{
    [Theory]
    [InlineData("Rang about it last month and again this week, no explanation from anyone at the surgery")]
    [InlineData("Second month running my repeat went to the wrong pharmacy")]
    [InlineData("Lovely, another afternoon stuck listening to the hold music")]
    [InlineData("Only took five weeks to hear about my scan. Speedy")]
    [InlineData("It's faster to fly to Spain and see a doctor there than get through to you")]
    [InlineData("Wrong dose in my blister pack again, that's twice now")]
    [InlineData("4th week chasing a letter from you")]
    public void Classify_GrievanceFrames_AddsComplaint(string text) => Assert.Contains("complaint", Some.Labels(text));

    [Theory]
    [InlineData("Had to wait a bit but the nurse was brilliant and so kind")]
    [InlineData("My mum's old practice in Hull was a nightmare, you lot are great")]
    [InlineData("Dental waiting lists round here are a disgrace, no NHS dentist for miles")]
    [InlineData("Fantastic, 30 years of the flu clinic! 🎉")]
    public void Classify_PraiseOrElsewhere_NoComplaint(string text) => Assert.DoesNotContain("complaint", Some.Labels(text));

    [Theory]
    [InlineData("Penicillin clears a cold up in a couple of days, always has for me")]
    [InlineData("Nicotine patches cause strokes, just stop smoking on your own")]
    [InlineData("Fluoride toothpaste is a con")]
    [InlineData("The vaccinated are spreading it, keep your kids away")]
    [InlineData("MMR causes autism, the government know it but won't admit it")]
    [InlineData("Ginger and honey does more than antibiotics ever could")]
    public void Classify_HarmfulClaims_AddsMisinformation(string text) => Assert.Contains("misinformation", Some.Labels(text));

    [Theory]
    [InlineData("When I was younger I'd demand antibiotics for every sniffle, daft")]
    [InlineData("Is it true the flu jab is a con?")]
    [InlineData("Antibiotics did nothing for my cold, should have listened")]
    public void Classify_OwnPastOrQuestion_NoMisinformation(string text) => Assert.DoesNotContain("misinformation", Some.Labels(text));

    [Theory]
    [InlineData("New tattoo studio opening on Market Street next week, come and say hello")]
    [InlineData("Dog walker covering all of Woodbrook, fully insured, message for details")]
    [InlineData("Looking for mums who want to earn around the school run, comment yes")]
    [InlineData("Saxenda pens unopened, pm me")]
    [InlineData("Sprzedam wózek, stan idealny")]
    public void Classify_Adverts_AddsSpam(string text) => Assert.Contains("spam", Some.Labels(text));

    [Theory]
    [InlineData("Is the café in the health centre open on Saturdays?")]
    [InlineData("My personal trainer said to ask about my knee, can I book with the physio?")]
    [InlineData("Got a cheap gym pass through the social prescribing scheme, thank you")]
    public void Classify_OrdinaryMentions_NoSpam(string text) => Assert.DoesNotContain("spam", Some.Labels(text));
}
