namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass p3 on abuse and defamation: idioms that only sound violent or rude, exclamations not aimed at anyone,
/// first-person and veiled threats, threats in other languages, leering at staff; allegations of being drunk, of
/// kickbacks, of covering up, of refusing people for who they are, of unsafe needles, and those that carry their own
/// "never" ("claiming for appointments that never happened").</summary>
public class RulesP3PassTests
{
    [Theory]
    [InlineData("kill them with kindness, works on my teenagers too")]
    [InlineData("laughed my ass off at the waiting room telly")]
    [InlineData("worked my arse off to get there for 8")]
    [InlineData("Happy retirement, you'll be missed like hell")]
    [InlineData("ffs I forgot my own repeat again, my fault")]
    [InlineData("the sh*t I've had with my back this year, finally sorted")]
    [InlineData("The flu jab will knock you out for a day but it's worth it")]
    [InlineData("You'll regret not having the jab when flu season hits")]
    [InlineData("Thanks Dr Patel 😘 you're a star")]
    [InlineData("I'm such a lazy cow, forgot to book my smear again")]
    [InlineData("What a useless waste of time this app is")]
    [InlineData("Hope your extension falls into place nicely")]
    [InlineData("Someone will pay for parking at this rate, the council are robbing us")]
    public void Classify_IdiomOrSelfDirected_NoAbuse(string text) =>
        Assert.DoesNotContain("abuse", Some.Labels(text));

    [Theory]
    [InlineData("say that again and I'll knock you out")]
    [InlineData("I'll be waiting for him outside after his shift")]
    [InlineData("someone needs to teach that receptionist a lesson")]
    [InlineData("she'll regret being so rude to me")]
    [InlineData("they should be careful walking to their cars")]
    [InlineData("coming down there with a baseball bat next time")]
    [InlineData("@Ryan kys nobody wants you here")]
    [InlineData("phuck this place")]
    [InlineData("fu©k the lot of you")]
    [InlineData("Grace can check more than my meds if she fancies 😏")]
    [InlineData("Agli baar phone kaata to dekh lena")]
    [InlineData("hope you all get cancer")]
    [InlineData("the locum is a lazy fat slob")]
    [InlineData("go f yourselves")]
    public void Classify_ThreatHarassmentOrDisguisedProfanity_AddsAbuse(string text) =>
        Assert.Contains("abuse", Some.Labels(text));

    [Theory]
    [InlineData("the pharmacy gave me the wrong change lol")]
    [InlineData("Ended up in A&E because I couldn't get seen for a week")]
    [InlineData("The government lied about funding, nothing to do with the staff here")]
    [InlineData("I'm made up with my results, thanks everyone")]
    [InlineData("Do you have a Polish speaking doctor?")]
    [InlineData("I never wash my hands enough, the nurse told me off")]
    [InlineData("Dr Patel spotted that it turned out to be sepsis, she saved my life")]
    [InlineData("Had a pint after my jab, hope that's ok")]
    [InlineData("Dr Hale should be struck off, worst doctor I've seen")]
    [InlineData("Sell your old clothes for cash at the car boot")]
    [InlineData("The pharmacist changed my tablets and explained why, feel better already")]
    public void Classify_NoSpecificWrongdoing_NoDefamation(string text) =>
        Assert.DoesNotContain("defamation", Some.Labels(text));

    [Theory]
    [InlineData("Dr Patel turned up to clinic smelling of drink")]
    [InlineData("the new locum was slurring his words all through my appointment")]
    [InlineData("the receptionists refuse to book appointments for Polish people")]
    [InlineData("They won't register anyone from the traveller site")]
    [InlineData("The practice manager gets a cut from the private physio she sends everyone to")]
    [InlineData("They shred complaints to hide their mistakes")]
    [InlineData("the nurse used a needle she'd already used on someone else")]
    [InlineData("They're claiming money for appointments that never happened")]
    [InlineData("Tom took my bloods without gloves")]
    [InlineData("Dr Patel gets paid by the drug companies to push their tablets")]
    [InlineData("Grace gave me ten times the dose")]
    [InlineData("Kelly leaked my results to my ex")]
    [InlineData("They only give appointments to white patients")]
    [InlineData("They took £50 off me for a letter that's meant to be free")]
    [InlineData("Mae Dr Patel wedi meddwi yn y gwaith")]
    [InlineData("Doctorul mi-a dat pastile greșite")]
    [InlineData("The surgery bills the NHS for patients who died years ago")]
    [InlineData("Tom sells the leftover jabs on the side")]
    [InlineData("Dr Hale said it was a sprain and sent me home, it was broken in two places")]
    [InlineData("Kelly deletes messages from patients she doesn't like")]
    public void Classify_WrongdoingAssertedAsFact_AddsDefamation(string text) =>
        Assert.Contains("defamation", Some.Labels(text));
}
