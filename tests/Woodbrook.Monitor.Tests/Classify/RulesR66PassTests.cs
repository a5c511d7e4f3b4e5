namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r66, from round 65's misses and false flags: a veiled threat to a car by flood, a hope that a new doctor
/// speaks English, "should've hired a bloke", staff singled out by what they wore, expired stock handed out, a relative
/// or another user's child called by first name with a health detail, a first name and a sudden health event, daft
/// planning, a wait "and counting" typed as "1hr 40", "'quick' they said" twice, fees to be cast or registered, a group of
/// bargains, a trainer's price, Romanian "vaci", Polish tuberculosis; and the false flags: other people called rude, a
/// friend who runs a dementia group, "brass monkeys", sending children back to school, "she was made up" (delighted),
/// "stab me" about needles, the same problem at an old practice. Sentences here are written for the tests, not copied
/// from the team's sets.</summary>
public class RulesR66PassTests
{
    [Theory]
    [InlineData("Nice van you've got parked by the brook. Be a shame if it flooded one night", "abuse")]
    [InlineData("New GP starting Monday, hopefully she can speak English this time", "abuse")]
    [InlineData("Third one on maternity this year, you should have hired men", "abuse")]
    [InlineData("The receptionist in the leopard print cardigan was lovely to my dad", "staff_identification")]
    [InlineData("Shout out to the nurse wearing the reindeer antlers today, made my boy laugh", "staff_identification")]
    [InlineData("The pharmacy here has been giving out expired insulin to diabetics for months", "defamation")]
    [InlineData("My Gareth has been diagnosed with angina, gutted", "other_patient_data")]
    [InlineData("@Tina your Kayden has had tonsillitis three times this winter, get him seen", "other_patient_data")]
    [InlineData("Gwen had a stroke in the car park last week and nobody came out", "other_patient_data")]
    [InlineData("Flu clinic on bin day, really poor planning from the surgery", "complaint")]
    [InlineData("Sat in reception, 2hr 15 and counting", "complaint")]
    [InlineData("'Ring at 8' they said. 'You'll get through' they said. 🙄", "complaint")]
    [InlineData("Talent agency scouting toddlers for TV ads, only a £40 registration fee to sign up", "spam")]
    [InlineData("Join our swap page for bargains on kids' clothes and toys 👗", "spam")]
    [InlineData("Massage therapist here 💆 sessions from £30 this week only", "spam")]
    [InlineData("Voi de la recepție sunteți niște vaci", "abuse")]
    [InlineData("Moja sąsiadka Ola ma gruźlicę", "other_patient_data")]
    public void Classify_NewPattern_IsFlagged(string text, string label) =>
        Assert.Contains(label, Some.Labels(text));

    [Theory]
    [InlineData("Some people are so rude, if you can't make it just cancel online", "complaint")]
    [InlineData("My aunt runs the stroke survivors club at the library, they'd love a talk", "other_patient_data")]
    [InlineData("Brass monkey weather at the bus stop this morning", "abuse")]
    [InlineData("Can we send them back to school with a cold or do they stay off?", "abuse")]
    [InlineData("Took my nan for hers, she was made up that the nurse remembered her", "defamation")]
    [InlineData("Student nurses practising on us now? Go on then, somebody has to learn to stab me properly 😂", "abuse")]
    [InlineData("Our old practice had the same problem with the phones, nothing ever changes anywhere", "complaint")]
    [InlineData("The new community hall is a really bad idea for parking", "complaint")]
    [InlineData("Day 40 smoke free and counting!", "complaint")]
    public void Classify_FormerFalseFlagOrNearMiss_IsNotThatLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Fact]
    public void Classify_StaffInACostume_EvidenceIsTheDescription()
    {
        var found = Some.Classifier.Classify(new("the nurse in the elf costume did my jab, so kind"));
        Assert.Contains(found.Evidence, e => e.Rule == "staff_identification.worn_r66" && e.Text == "the nurse in the elf costume");
    }
}
