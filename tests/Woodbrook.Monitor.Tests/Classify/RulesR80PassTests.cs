namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r80, from round 80's misses and false flags: "F O A D"; stopping drink cold turkey, illnesses said to
/// strike only babies or the old, honey for babies of a few months, "do X and you'll never get Y", the HPV jab and
/// ovulation; discount codes and parcel redelivery fees; the nurse dressed as something, the one at the back of the
/// photo, the social prescribing woman; a named child spotted getting a jab; and as false flags "don't shoot the
/// messenger", a "chunky monkey", "good luck to everyone", a report to Action Fraud and the word "future". Also the word
/// lists of twenty languages (relatives with illnesses, vaccine myths, antibiotics for colds, selling medicines), with
/// their negations and over-the-counter talk as near misses. Sentences here are written for the tests, not copied from
/// the team's sets.</summary>
public class RulesR80PassTests
{
    [Theory]
    [InlineData("honestly just F.O.A.D the lot of you", "abuse.acronym_r80")]
    [InlineData("Come off the drink cold turkey, it's the only way, no tapering", "misinformation.myth_frames_r80")]
    [InlineData("Strokes only happen to old people, I'm 40 so I can ignore it", "misinformation.myth_frames_r80")]
    [InlineData("Honey in her porridge from 6 months is totally fine", "misinformation.myth_frames_r80")]
    [InlineData("Eat two cloves of garlic a day and you'll never catch a cold", "misinformation.myth_frames_r80")]
    [InlineData("That HPV jab stops girls ovulating, look it up", "misinformation.myth_frames_r80")]
    [InlineData("Skip the GP queue with VitaDoc, use code SPRING15 at checkout", "spam.code_fee_r80")]
    [InlineData("DPD: your parcel is waiting, a £2.10 redelivery fee applies, pay at dpd-fees.support", "spam.code_fee_r80")]
    [InlineData("The nurse dressed as an elf made my little one's day", "staff_identification.described_r80")]
    [InlineData("Who was the lady on the right in the last photo?", "staff_identification.described_r80")]
    [InlineData("The social prescribing lady sorted my benefits form", "staff_identification.described_r80")]
    [InlineData("Saw young Kayden getting his jab this morning, brave lad", "other_patient_data.spotted_r80")]
    [InlineData("Mi abuela tiene demencia, ya no reconoce a nadie", "other_patient_data.other_languages_r80")]
    [InlineData("A minha cunhada está grávida de gémeos", "other_patient_data.other_languages_r80")]
    [InlineData("Moje sestra má rakovinu a nikdo jí nezavolal", "other_patient_data.other_languages_r80")]
    [InlineData("Le vaccin contient du mercure, je refuse", "misinformation.other_languages_r80")]
    [InlineData("Az oltás autizmust okoz, mindenki tudja", "misinformation.other_languages_r80")]
    [InlineData("Τα εμβόλια προκαλούν αυτισμό στα παιδιά", "misinformation.other_languages_r80")]
    [InlineData("Antibiotikai gydo peršalimą greičiausiai", "misinformation.other_languages_r80")]
    [InlineData("Prodávám antibiotika, napište mi", "spam.other_languages_r80")]
    [InlineData("Shes ilaçe pa recetë, më shkruani", "spam.other_languages_r80")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Never stop drinking cold turkey if you drink heavily, it can cause fits", "misinformation.myth_frames_r80")]
    [InlineData("No honey for babies under 12 months, from 12 months it is fine", "misinformation.myth_frames_r80")]
    [InlineData("Ring at 8 and you'll never get through, same every day", "misinformation.myth_frames_r80")]
    [InlineData("Is there a code I use to book online?", "spam.code_fee_r80")]
    [InlineData("The nurses dressed up for Children in Need, lovely", "staff_identification.described_r80")]
    [InlineData("Las vacunas no causan autismo, es un mito", "misinformation.other_languages_r80")]
    [InlineData("Antibiotikai negydo peršalimo, tai virusas", "misinformation.other_languages_r80")]
    [InlineData("En el hospital nadie contesta el teléfono", "complaint.other_languages_r80")]
    [InlineData("Vou vender o meu carro, alguém interessado?", "spam.other_languages_r80")]
    [InlineData("Mi hermana me recomendó esta clínica, muy amables", "other_patient_data.other_languages_r80")]
    [InlineData("Kupiłam leki bez recepty w aptece, tańsze niż w Polsce", "spam.other_languages_r80")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("Reception only pass on the rules, don't shoot the messenger", "abuse")]
    [InlineData("Cheeky monkey climbed on the chairs in the waiting room, that's my grandson for you", "abuse")]
    [InlineData("Future appointments can be booked on the app", "abuse")]
    [InlineData("I reported the text to Action Fraud straight away", "defamation")]
    public void Classify_NotTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));
}
