namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>The fourth pass's frames for complaint and misinformation, and the hard negatives they must leave alone.
/// Sentences here are written for the tests, not copied from the held-out sets.</summary>
public class ComplaintMisinformationFourthPassTests
{
    [Theory]
    [InlineData("Zero stars if that was an option")]
    [InlineData("What a setup, ring for an hour to be told to go online")]
    [InlineData("You'd have more chance of winning the lottery than seeing a GP")]
    [InlineData("Do you actually read the messages people send through the form?")]
    [InlineData("Another week, another 'try again tomorrow'")]
    [InlineData("Spoken to like a naughty schoolkid at the desk for asking about my letter")]
    [InlineData("You've lost my sample request again")]
    [InlineData("Wouldn't recommend registering here to my worst enemy")]
    [InlineData("Nobody on the phone could tell me what happened to my referral")]
    [InlineData("Such a decent place once, it's gone right downhill")]
    [InlineData("Nie polecam, rejestracja fatalna")]
    [InlineData("My last GP in Leeds would always ring back the same afternoon, never happens here")]
    [InlineData("Oh brilliant, the app's crashed again")]
    [InlineData("Easily the most unhelpful reception team I've dealt with")]
    [InlineData("You missed my diabetes for two years")]
    [InlineData("I'd rather see a real doctor than be passed to the pharmacist every time")]
    [InlineData("No one told me my scan was abnormal, I found out from the hospital")]
    public void Classify_GrievanceFrames_AddsComplaint(string text) => Assert.Contains("complaint", Some.Labels(text));

    [Theory]
    [InlineData("Five stars, every time I come in")]
    [InlineData("What a system, sorted in five minutes, thank you")]
    [InlineData("The ambulance service was a shambles but you were fantastic")]
    [InlineData("I used to dread phoning but the new system is loads easier")]
    [InlineData("My previous practice was hopeless, so glad I switched")]
    [InlineData("Can't recommend the nurses enough")]
    [InlineData("Never made to feel like a nuisance here")]
    public void Classify_PraiseOrElsewhere_NoComplaint(string text) => Assert.DoesNotContain("complaint", Some.Labels(text));

    [Fact]
    public void Classify_DisgraceAimedAtAPerson_IsNotAComplaint() =>
        Assert.DoesNotContain("complaint", Some.Labels("That man on the bench outside is a total disgrace"));

    [Theory]
    [InlineData("Sunbeds are perfectly safe if you build up slowly")]
    [InlineData("Echinacea beats the flu jab hands down")]
    [InlineData("Chickenpox never harmed anyone, let them catch it")]
    [InlineData("Covid was no worse than a cold")]
    [InlineData("Only antibiotics ever cure my colds")]
    [InlineData("Arthritis is caused by parasites")]
    [InlineData("Statins are basically placebo")]
    [InlineData("The flu vaccine doesn't work, never has")]
    public void Classify_HarmfulClaims_AddsMisinformation(string text) => Assert.Contains("misinformation", Some.Labels(text));

    [Theory]
    [InlineData("Vaping is safer than smoking, it helped me stop")]
    [InlineData("Drinking lots of water is healthy when you have a cold")]
    [InlineData("I came off my antidepressants slowly with my GP's help")]
    [InlineData("Nothing beats the flu jab for protection")]
    [InlineData("Paracetamol doesn't work for me, is there something else?")]
    public void Classify_AccurateOrPersonal_NoMisinformation(string text) => Assert.DoesNotContain("misinformation", Some.Labels(text));
}
