using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>The fourth pass on abuse, defamation, other patients' data, staff identification and spam: general frames,
/// each with the hard negatives it must leave alone, and initials as one word.</summary>
public class FourthPassFrameTests
{
    [Theory]
    [InlineData("lovely garden you've got doc, shame if anything happened to it")]
    [InlineData("I know what time the ginger one leaves")]
    [InlineData("that fella at the hatch wants a slap")]
    [InlineData("hope the roof falls in on the lot of you")]
    [InlineData("silly old bat on the desk again")]
    [InlineData("we don't need more of their kind in this town")]
    [InlineData("crawl back under your rock")]
    [InlineData("that stupid receptionist needs sacking")]
    [InlineData("wait till I get round there")]
    [InlineData("I'll smash the windows in")]
    public void Classify_ImpliedThreatOrEpithet_AddsAbuse(string text) => Assert.Contains("abuse", Some.Labels(text));

    [Theory]
    [InlineData("Let's smash this flu season 💪")]
    [InlineData("Smashed my booster today, well run")]
    [InlineData("the jab would never hurt you, honestly")]
    [InlineData("would be a shame if anyone missed out, book your slot")]
    [InlineData("does anyone know when the flu clinic finishes?")]
    [InlineData("thanks for your kind words everyone")]
    public void Classify_PlainComment_NoAbuse(string text) => Assert.DoesNotContain("abuse", Some.Labels(text));

    [Theory]
    [InlineData("The nurses chat about patients' results in the pub")]
    [InlineData("That surgery turns away anyone with an accent")]
    [InlineData("They've been charging for free prescriptions and keeping the money")]
    [InlineData("My neighbour paid the receptionist £20 for a same day appointment")]
    [InlineData("They only hire mates of the partners, jobs for the boys")]
    [InlineData("the bloke next door gets his diazepam from you lot and sells it on")]
    public void Classify_AllegationWithoutStockVerb_AddsDefamation(string text) => Assert.Contains("defamation", Some.Labels(text));

    [Theory]
    [InlineData("Lashes by Jade, now taking bookings in my home studio")]
    [InlineData("They told me my results over the phone, very quick")]
    [InlineData("I refused the foreign travel jab, my choice")]
    [InlineData("Hospital lost my referral, nothing to do with you lot, just venting")]
    [InlineData("Paid £9.90 for my prescription today, same as everywhere")]
    public void Classify_PlainComment_NoDefamation(string text) => Assert.DoesNotContain("defamation", Some.Labels(text));

    [Theory]
    [InlineData("J.P. was in for his sexual health check again")]
    [InlineData("Thinking of A.B. who's going through chemo")]
    [InlineData("Gemma from our street has had the bowel cancer result through")]
    [InlineData("Our Dean's got the all clear from his scan")]
    public void Classify_ThirdPartyByInitialsOrPlace_AddsOtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("I'm pregnant, is the flu jab safe for the baby?")]
    [InlineData("My cousin still thinks MMR causes autism, how do I talk her round?")]
    [InlineData("Our Sam has a rash again, do I ring 111 or you?")]
    [InlineData("Thanks to Linda who did my smear, so gentle")]
    public void Classify_OwnCareOrBelief_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("the bald one on reception was lovely")]
    [InlineData("the lady who did my bloods this morning was brilliant")]
    public void Classify_DescribedIndividual_AddsStaffIdentification(string text) =>
        Assert.Contains("staff_identification", Some.Labels(text));

    [Fact]
    public void Classify_SameDoctorContinuity_NoStaffIdentification() =>
        Assert.DoesNotContain("staff_identification", Some.Labels("Can't see the same doctor twice any more"));

    [Theory]
    [InlineData("Gutter cleaning, free quotes, fully insured, call Gary")]
    [InlineData("Dog walking £12 an hour, DBS checked, message me")]
    [InlineData("Weight loss pens, genuine, fast delivery, pm for prices")]
    public void Classify_TradeAdvert_AddsSpam(string text) => Assert.Contains("spam", Some.Labels(text));

    [Theory]
    [InlineData("I pay £60 a session for private physio because the wait is so long")]
    [InlineData("Book now folks, the Saturday slots go fast")]
    public void Classify_PlainComment_NoSpam(string text) => Assert.DoesNotContain("spam", Some.Labels(text));

    [Theory]
    [InlineData("J.P. was in for his check", "jp")]
    [InlineData("Sending love to R.M. who's poorly", "rm")]
    public void Tokenize_Initials_OneCapitalisedWord(string typed, string expected)
    {
        var tokens = TextNormaliser.Tokenize(typed).Tokens;
        var word = tokens.Single(t => t.Text == expected);
        Assert.True(word.Is(TokenFlags.Capitalised));
        Assert.False(word.Is(TokenFlags.AllCaps));
        Assert.DoesNotContain(tokens, t => t.Kind == TokenKind.Boundary);
    }
}
