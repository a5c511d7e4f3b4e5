namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r2: false flags on clean comments. Jokes, slang praise and swearing at the weather are not abuse; a
/// shop's discount, a free group's link and a question whether a message is a scam are not spam; a scam warning, a
/// hospital's mistake and "he's a registrar" are not defamation; a relative's job and generic pregnancy advice are not
/// another patient's health; a staff first name that the sentence says is the writer's relative is not staff.</summary>
public class RulesR2PassTests
{
    [Theory]
    [InlineData("@Jess Morgan I'll kill you if you don't eat the one I saved you 😂")]
    [InlineData("Dr Patel you absolute weapon, sorted me out in 10 mins 💪")]
    [InlineData("the bloody app logged me out again, reinstalled it and it's fine")]
    [InlineData("Stab in the dark but does anyone know if you do ear syringing?")]
    [InlineData("Jebać ten deszcz, ale szczepienie ok 😂")]
    [InlineData("@Jodie Lang saw you at the sexual health clinic Tuesday, all ok hun? x")]
    [InlineData("the lady in the waiting room coughing up god knows what, please just stay home")]
    public void Classify_JokesIdiomsAndCaring_NoAbuse(string text) =>
        Assert.DoesNotContain("abuse", Some.Labels(text));

    /// <summary>Calling a named member of staff "a disgrace" is a strong opinion (LABELS: neither harassing, threatening,
    /// obscene, hateful nor profanity); with swearing it is abuse by the profanity rules. Moved here from the third-pass
    /// abuse cases, which expected abuse.</summary>
    [Theory]
    [InlineData("Dr Patel is an absolute disgrace")]
    [InlineData("Dr Hale is a disgrace, 25 minutes late and not even a sorry")]
    public void Classify_DisgraceAsOpinion_NoAbuse(string text) =>
        Assert.DoesNotContain("abuse", Some.Labels(text));

    [Theory]
    [InlineData("Dr Patel is a f***ing disgrace")]
    [InlineData("you're a disgrace to the profession")]
    [InlineData("@Darren Walsh I'll kill you, I know where you live")]
    [InlineData("fuck this surgery and the rain")]
    [InlineData("@Sophie Grant isn't this where you had your termination? 😬")]
    public void Classify_RealThreatsAndMocking_StillAbuse(string text) =>
        Assert.Contains("abuse", Some.Labels(text));

    [Theory]
    [InlineData("50% off at the pharmacy this week? nice, stocking up")]
    [InlineData("Lovely carers support group, all free: facebook.com/groups/woodbrookcarers")]
    [InlineData("Win win, a free BP check and I get out of the shopping 😂")]
    [InlineData("Got a WhatsApp from someone saying they're from the surgery offering private appointments for £40?? That's not you is it?")]
    [InlineData("A mate of mine lost £3k to a crypto scam, please don't trust any 'investment' comments on here")]
    [InlineData("Ring me back on 07700 900999 please, I missed your call")]
    public void Classify_ShopperOrWarning_NoSpam(string text) =>
        Assert.DoesNotContain("spam", Some.Labels(text));

    [Theory]
    [InlineData("20% off all treatments this month at my salon")]
    [InlineData("Bitcoin recovery expert Mr Hayes got it all back, contact him on Telegram")]
    public void Classify_Adverts_StillSpam(string text) =>
        Assert.Contains("spam", Some.Labels(text));

    [Theory]
    [InlineData("Heads up, there's a fake NHS text going round asking for bank details. The surgery will never ask for that")]
    [InlineData("The hospital pharmacy gave me the wrong strength inhaler, luckily the GP spotted it")]
    [InlineData("Dr Patel isn't a proper GP yet, she's a registrar, nothing wrong with that")]
    [InlineData("Hospital never got the referral from you. 8 weeks wasted waiting for nothing")]
    [InlineData("the nurse was running late because someone had collapsed, fair enough")]
    [InlineData("Saw a different doctor every time but they'd all read my notes")]
    [InlineData("Nurse Linda stole my heart years ago, enjoy retirement ❤️")]
    [InlineData("Boots fiddled my prescription order twice, glad you chased them")]
    public void Classify_NoWrongdoingByThePractice_NoDefamation(string text) =>
        Assert.DoesNotContain("defamation", Some.Labels(text));

    [Theory]
    [InlineData("my sister works at the STI clinic and she says just book it")]
    [InlineData("My friend volunteers at the hospice shop, lovely people")]
    [InlineData("a small glass of wine is fine when you're pregnant, it's good for the baby")]
    [InlineData("Never click the links in these texts. My mum nearly fell for one")]
    public void Classify_RelativesJobOrGenericAdvice_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Some.Labels(text));

    [Fact]
    public void Classify_StaffFirstNameSaidToBeTheWritersRelative_NotStaff() =>
        Assert.DoesNotContain("staff_identification", Some.Labels("Grace and I will be there Saturday, she's my wife"));

    [Theory]
    [InlineData("Kelly sorted my repeat, she's brilliant")]
    [InlineData("Kelly on reception remembered my name, what a star")]
    public void Classify_StaffFirstNameWithoutRelative_IsStaff(string text) =>
        Assert.Contains("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("My mate swore the jab gave him flu, turned out he already had a cold")]
    public void Classify_RelativesBeliefCorrected_NoMisinformation(string text) =>
        Assert.DoesNotContain("misinformation", Some.Labels(text));

    [Theory]
    [InlineData("The flu jab gives you flu, every year I had it I was ill for a week")]
    public void Classify_ClaimAsserted_StillMisinformation(string text) =>
        Assert.Contains("misinformation", Some.Labels(text));
}
