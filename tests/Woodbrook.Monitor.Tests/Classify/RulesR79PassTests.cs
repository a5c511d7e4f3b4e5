namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r79, from round 79's misses and false flags: insults, threats, spam and other people's illnesses in
/// Urdu, Punjabi, Hindi, Gujarati and Bengali scripts; "learn English or go back", bringing the lads next time,
/// "knuckle-dragger"; "if anyone ever picked up"; colds as bacterial, leftover antibiotics, the vaccinated dead in five
/// years, boosters stopping young hearts, brandy cooling you down; free bets, a company's quote by message, cheapest
/// rates on our page; and as a false flag "miss you like hell". Sentences here are written for the tests, not copied
/// from the team's sets.</summary>
public class RulesR79PassTests
{
    [Theory]
    [InlineData("सब के सब जाहिल हैं यहाँ", "abuse.other_scripts_r79")]
    [InlineData("یہ لوگ بدتمیز ہیں", "abuse.other_scripts_r79")]
    [InlineData("Go on then, learn English or go home", "abuse.other_scripts_r79")]
    [InlineData("Next time I'll bring the boys and we'll see who's rude", "abuse.other_scripts_r79")]
    [InlineData("Only a knuckle dragger shouts at a receptionist", "abuse.other_scripts_r79")]
    [InlineData("I'd book online if someone ever answered the phone to register me", "complaint.if_ever_r79")]
    [InlineData("Colds are bacterial so you need something for them", "misinformation.myth_frames_r79")]
    [InlineData("Just use your old antibiotics from the cupboard, same thing", "misinformation.myth_frames_r79")]
    [InlineData("Mark my words, the jabbed will all be dead in ten years", "misinformation.myth_frames_r79")]
    [InlineData("A whisky at night cools you down in a heatwave", "misinformation.myth_frames_r79")]
    [InlineData("Sign up now for a £20 free bet", "spam.offers_r79")]
    [InlineData("Our firm fits ramps and rails, DM for a quote, our company is local", "spam.offers_r79")]
    [InlineData("کپڑوں کی سیل، آرڈر کے لیے واٹس ایپ کریں", "spam.offers_r79")]
    [InlineData("ہماری پڑوسن کو کینسر ہے، دعا کریں", "other_patient_data.other_scripts_r79")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Colds are not bacterial, antibiotics won't help", "misinformation.myth_frames_r79")]
    [InlineData("Never take old antibiotics, they may be the wrong ones", "misinformation.myth_frames_r79")]
    [InlineData("Is it true viruses need antibiotics? My nan says so", "misinformation.myth_frames_r79")]
    [InlineData("The flu jab can't give you the flu, it isn't live", "spam.offers_r79")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("Enjoy your retirement, we'll miss you like mad!", "abuse")]
    public void Classify_NotTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));
}
