namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>The lead's change after round 42: the learned backstop adds misinformation from 50 % sure, so reassurance about
/// mainstream care, which shares its words with the myths, is kept clean by the policy rule misinformation.lead_assured,
/// while a comment that turns against it or states a false claim is still flagged.</summary>
public class ReassuranceTests
{
    [Theory]
    [InlineData("Ignore the scaremongering, the MMR is safe")]
    [InlineData("Nothing beats the flu jab for keeping you out of hospital")]
    [InlineData("Vaping is safer than smoking, it helped me stop")]
    [InlineData("Bowel cancer isn't just an old man thing, do the kit when it comes and don't be shy about it")]
    [InlineData("Smear tests arent looking for cancer as such, they check for HPV and cell changes, so its worth going even if you feel fine")]
    public void Classify_ReassuranceAboutMainstreamCare_NoMisinformation(string text) =>
        Assert.DoesNotContain("misinformation", Some.Labels(text));

    [Theory]
    [InlineData("They say the MMR is safe but it causes autism, look it up")]
    [InlineData("The booster is safe apparently, but it alters your DNA")]
    [InlineData("Nothing beats the flu jab, apparently, but it is full of mercury")]
    [InlineData("Nothing beats garlic for a cold, ditch the antibiotics")]
    public void Classify_TurnedOrFalseClaim_StillMisinformation(string text) =>
        Assert.Contains("misinformation", Some.Labels(text));
}
