using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r61, from round 60's fresh sets: a condition said not to exist, vaccines blamed for autism the other
/// way round, "the higher the better" for cholesterol, no point in a child's preventer, a jab called dangerous for
/// babies, a childhood illness called nothing serious; stimulants and followers for sale, potency remedies; veiled
/// threats of worse next time, nativist abuse; appointments called a myth, being turned away, the whole room hearing
/// the writer's business, years of "just anxiety"; greetings in other languages before a name the post introduces.
/// Sentences here are written for the tests, not copied from the team's sets.</summary>
public class RulesR61PassTests
{
    private static IReadOnlyList<Evidence> Evidence(string text, string? post = null) =>
        Some.Classifier.Classify(new(text, post)).Evidence;

    [Theory]
    [InlineData("misinformation.no_such_condition", "Honestly there is no such thing as ADHD, just kids with too much screen time")]
    [InlineData("misinformation.autism_caused_by", "Autyzm powodują szczepionki, każdy to wie")]
    [InlineData("misinformation.higher_better", "Don't let them scare you, with cholesterol it's the higher the better")]
    [InlineData("misinformation.no_point_medicine", "There's no point keeping kids on inhalers, they grow out of it")]
    [InlineData("misinformation.jab_dangerous_child", "Pregnancy mein tika lagwana bachay ke liye khatarnak hai")]
    [InlineData("misinformation.jab_dangerous_child", "Every jab in pregnancy is dangerous for the unborn baby")]
    [InlineData("misinformation.vpd_nothing_serious", "Measles is nothing serious, we all had it")]
    [InlineData("misinformation.vpd_nothing_serious", "Krztusiec to nic groznego, moje dzieci przeszly bez problemu")]
    [InlineData("spam.potency_remedy", "Mardana taqat wapas, 100% desi nuskha, call 07700 900461")]
    [InlineData("spam.followers_guaranteed", "We help small businesses grow on TikTok, 5k followers guaranteed in a week")]
    [InlineData("spam.potency_remedy", "Mardana kamzori ka pakka ilaj, order ke liye WhatsApp karo")]
    [InlineData("abuse.worse_next_time", "They got a shove this time, next time it won't just be a shove")]
    [InlineData("abuse.worse_next_time", "Keep it up and someone will walk in with more than a complaint")]
    [InlineData("abuse.bring_back_british", "Yet another one who can barely speak English. Bring back British nurses")]
    [InlineData("abuse.bring_back_british", "Take your holidays and go back where you came from")]
    [InlineData("complaint.appointments_myth", "Same day appointments here are a myth, like unicorns")]
    [InlineData("complaint.turned_away", "Got turned away at the desk for being 5 minutes late, with a toddler")]
    [InlineData("complaint.room_heard", "The whole waiting room heard about my bowel problem, thanks for that")]
    [InlineData("complaint.told_just", "Three years of being told it was just stress before anyone sent me for a scan")]
    [InlineData("complaint.access", "Palmed off again with a leaflet and a phone number")]
    public void Classify_Pattern_FiresItsRule(string rule, string text) =>
        Assert.Contains(Evidence(text), e => e.Rule == rule);

    [Theory]
    [InlineData("There's no such thing as a stupid question, ask the nurse about your ADHD meds")]
    [InlineData("People say there's no such thing as depression, which is rubbish")]
    [InlineData("Is autism caused by vaccines? My sister keeps saying so")]
    [InlineData("With blood pressure it's not the higher the better, get it checked")]
    [InlineData("Spare a thought for parents whose Elvanse prescription is stuck in the shortage")]
    [InlineData("Lovely to see so many followers on the practice page")]
    [InlineData("Take a pint of water beforehand so you don't get turned away from giving blood")]
    [InlineData("Dr Patel told me to go back to where I came from when I asked about the jab")]
    [InlineData("Measles is not nothing serious, my cousin ended up in hospital")]
    public void Classify_NearMiss_DoesNotFireTheNewRules(string text) =>
        Assert.DoesNotContain(Evidence(text), e => e.Rule is "misinformation.no_such_condition" or "misinformation.autism_caused_by"
            or "misinformation.higher_better" or "spam.followers_guaranteed" or "complaint.turned_away"
            or "abuse.bring_back_british" or "misinformation.vpd_nothing_serious");

    [Theory]
    [InlineData("Spare Concerta 36mg going, £4 each, snapchat me")]
    [InlineData("elvanse 50s, message for prices, next day delivery")]
    public void Classify_StimulantsForSale_FlagsSpam(string text) => Assert.Contains("spam", Some.Labels(text));

    [Theory]
    [InlineData("Witaj Zofia! Nareszcie ktoś mówi po polsku")]
    [InlineData("Croeso Zofia, pob lwc!")]
    public void Classify_GreetingInAnotherLanguage_FindsThePostsName(string text) =>
        Assert.Contains(Evidence(text, "Meet Zofia, our new Nursing Associate, who joins us on Monday"),
            e => e.Label == CommentLabel.StaffIdentification);

    [Fact]
    public void Classify_FamilyHistoryOfTheWritersOwn_NotOtherPatientsData() =>
        Assert.DoesNotContain(Evidence("I'm only 41 but diabetes runs in the family, can I get tested early?"),
            e => e.Rule == "other_patient_data.third_party_health");

    [Fact]
    public void Classify_SikhBlessingChardiKala_NotHate() =>
        Assert.DoesNotContain("abuse", Some.Labels("Waheguru sab nu chardi kala vich rakhe, staff bahut changa hai"));

    [Fact]
    public void Classify_SmallCapitals_ReadAsLetters() =>
        Assert.Contains("abuse", Some.Labels("ʏᴏᴜ ᴀʀᴇ ᴀ ʙᴜɴᴄʜ ᴏꜰ ɪᴅɪᴏᴛꜱ"));
}
