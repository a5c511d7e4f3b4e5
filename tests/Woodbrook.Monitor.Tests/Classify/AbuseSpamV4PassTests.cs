namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass v4: abuse and spam kinds found missing on heldout21d, and other-language phrases. Sentences are written
/// for the tests, not copied from the held-out sets.</summary>
public class AbuseSpamV4PassTests
{
    [Theory]
    [InlineData("the gormless clown on the front desk hung up on me")]
    [InlineData("Tell Dr Hale to learn English before he treats anyone else")]
    [InlineData("@Ania Nowak zamknij ryj, nikt cię nie pytał")]
    [InlineData("Poczekam na ciebie po pracy, wiesz o co chodzi")]
    [InlineData("Te astept afara dupa program, sa vedem cat de curajoasa esti")]
    [InlineData("hope somebody spits in their coffee, useless lot")]
    [InlineData("Nice motor Dr Patel, shame about your tyres tonight")]
    public void Classify_AbuseKinds_AddsAbuse(string text) => Assert.Contains("abuse", Some.Labels(text));

    [Theory]
    [InlineData("Can I go back to work the day after my jab?")]
    [InlineData("Receptionist bahut badtameez thi phone pe, teen baar kaat diya")]
    [InlineData("My mum is learning English at the library, are there any classes near here?")]
    public void Classify_NotAbuse_NoAbuse(string text) => Assert.DoesNotContain("abuse", Some.Labels(text));

    [Theory]
    [InlineData("Collagen gummies, we ship nationwide, message me for the price list")]
    [InlineData("Make £250 from your phone every day, comment INFO below")]
    [InlineData("Praca z domu, 200 zł dziennie, pisz na priv")]
    [InlineData("A recovery hacker got every penny back for me, email him on fixit@example.com")]
    [InlineData("Lost £4k to a crypto platform but got it all back thanks to Mark, WhatsApp +44 7700 900123")]
    public void Classify_SpamKinds_AddsSpam(string text) => Assert.Contains("spam", Some.Labels(text));

    [Theory]
    [InlineData("Does anyone know if Asda has the thermometers back in stock?")]
    [InlineData("A prepayment certificate is about £11/month if you're on lots of meds")]
    [InlineData("Half the street knew my business before I did, small town life")]
    [InlineData("Does the chemist deliver anywhere in town or just nearby?")]
    [InlineData("Lost my purse in town and the lady at lost property rang, got it all back!")]
    public void Classify_NotSpam_NoSpam(string text) => Assert.DoesNotContain("spam", Some.Labels(text));
}
