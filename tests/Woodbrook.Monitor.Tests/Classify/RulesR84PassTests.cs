namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r84, from round 84's misses: name-calling in the plural ("you perverts"); a missile through the
/// surgery's window; Polish swearing as an exclamation aimed at no one, swearing at exams, and a bad feeling described
/// ("made me feel like a slag"); harmful first aid for burns and alcohol said to keep the body warm; contraband offered
/// with a way to get in touch; a named person with the date they were born in Romanian or Polish; a chronic illness
/// said to be cured, in Polish. Exemptions: a warning about a link, working at another surgery, a shop that had a
/// medicine in, the writer's own date of birth given with their own request, staff shouted at by patients, a clinician who cured someone, "didn't
/// make me feel like a criminal", the MMR autism "scare". Sentences here are written for the tests, not copied from the
/// team's sets.</summary>
public class RulesR84PassTests
{
    [Theory]
    [InlineData("get your hands off our kids you perverts", "abuse.insult_plural_r84")]
    [InlineData("sick weirdos the lot of you", "abuse.insult_plural_r84")]
    [InlineData("someone should lob a brick through the window of that surgery", "abuse.missile_r84")]
    [InlineData("gonna put a firework through their letterbox on the 5th", "abuse.missile_r84")]
    [InlineData("Put butter on a burn, it draws the heat out, always has", "misinformation.burn_first_aid_r84")]
    [InlineData("best thing for a scald is toothpaste on it straight away, works every time", "misinformation.burn_first_aid_r84")]
    [InlineData("always pop the blisters with a pin, they heal quicker", "misinformation.burn_first_aid_r84")]
    [InlineData("a whisky before bed raises your body temperature, that's why it helps a cold", "misinformation.alcohol_warm_r84")]
    [InlineData("vapes 3 for £12 all flavours, hmu", "spam.contraband_r84")]
    [InlineData("fake sick notes any date, dm me", "spam.contraband_r84")]
    [InlineData("Maria Ionescu, născută 14.03.1988, are diabet, poate primi vaccinul?", "other_patient_data.born_date_r84")]
    [InlineData("Tomasz Nowak urodzony 05/11/1979 jest po zawale", "other_patient_data.born_date_r84")]
    [InlineData("sok z buraka leczy depresję, nie potrzebujecie tabletek", "misinformation.cure_claim_pl_r84")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("I felt such a weirdo asking but the nurse was lovely", "abuse.insult_plural_r84")]
    [InlineData("kids threw a stone through the window of the bus shelter, police came", "abuse.missile_r84")]
    [InlineData("Don't put butter on a burn, cool it under the tap for 20 minutes", "misinformation.burn_first_aid_r84")]
    [InlineData("never pop the blisters, leave them be", "misinformation.burn_first_aid_r84")]
    [InlineData("alcohol doesn't keep your body temperature up, it lowers it", "misinformation.alcohol_warm_r84")]
    [InlineData("my son got caught with vapes at school, any support for quitting?", "spam.contraband_r84")]
    [InlineData("beware, someone selling fake sick notes on here, report them, don't dm", "spam.contraband_r84")]
    [InlineData("Jestem Anna Kowalska, urodzona 02.02.1990, proszę o receptę", "other_patient_data.born_date_r84")]
    [InlineData("lekarz leczy moją astmę od lat, super", "misinformation.cure_claim_pl_r84")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("kurwa, biology mock tomorrow and I've revised nothing", "abuse")]
    [InlineData("ja pierdolę, that was the quickest jab ever, dzięki", "abuse")]
    [InlineData("f*ck gcses honestly, not you lot, love you", "abuse")]
    [InlineData("the locum at the walk-in made me feel like a slag for asking", "abuse")]
    [InlineData("scam text going round, the link is nhs-refunds-uk.com, DON'T click it", "spam")]
    [InlineData("my sister is a nurse at another practice and says the same", "complaint")]
    [InlineData("Boots on the high street had HRT patches back in this morning", "other_patient_data")]
    [InlineData("Dr Patel cured my eczema after years, thank you", "misinformation")]
    [InlineData("the nurse healed my leg ulcer when nobody else could", "misinformation")]
    [InlineData("they didn't make me feel like a criminal for asking about the morning after pill", "complaint")]
    [InlineData("the doctor behind the MMR autism scare was struck off years ago", "misinformation")]
    [InlineData("the doctor behind the MMR autism scare was struck off years ago", "defamation")]
    [InlineData("can someone check my omeprazole request went through? DOB 11/09/1984, surname Nowak", "other_patient_data")]
    [InlineData("repeat for me please, Gail Hughes, DOB 05/05/1966", "other_patient_data")]
    [InlineData("new receptionist job advertised, must love being shouted at by angry callers 😂", "complaint")]
    [InlineData("I've been fed up loads but I've never shouted at anyone on reception", "complaint")]
    public void Classify_Exempted_DoesNotCarryTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    /// <summary>The insult sets are half-masked: a mask showing only its first letter is the swear word, not "fool", so
    /// swearing at an illness or the weather stays exempt when it is masked, and a masked insult still counts.</summary>
    [Theory]
    [InlineData("F*** cancer, do the bowel screening kit everyone", false)]
    [InlineData("f*** this weather, can't even get to the bus stop", false)]
    [InlineData("you absolute f**l, learn to read a prescription", true)]
    [InlineData("what a stupid c*w on reception today", true)]
    public void Classify_MaskedFirstLetterOnly_IsSwearingNotAnInsult(string text, bool abuse) =>
        Assert.Equal(abuse, Some.Labels(text).Contains("abuse"));

    [Theory]
    [InlineData("Kurwa, godzina na linii i nikt nie odebrał")]
    [InlineData("kurwa, jesteście bandą leni")]
    [InlineData("the receptionist made me feel like a slag, stupid cow")]
    [InlineData("scam link, DON'T click it, but earn £500 a day with me instead at quickcash.biz")]
    [InlineData("can you check my mum's repeat went through, DOB 03/07/1951")]
    [InlineData("my repeat please, and for Jan Nowak next door too, DOB 02/02/1950")]
    [InlineData("sick of being shouted at by your receptionist every time I ring")]
    public void Classify_StillAimed_StillFlagged(string text) =>
        Assert.NotEmpty(Some.Labels(text));
}
