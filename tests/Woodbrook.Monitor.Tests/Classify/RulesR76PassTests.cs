namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r76, from round 76's misses and false flags: insults, curses and threats, spam, waiting grumbles, fraud
/// allegations, health myths and other people's illnesses in Turkish, Somali, Arabic, Bengali, Spanish, French and
/// Portuguese; in English "boat people", women doctors told to stick to babies, "nobody would miss you", a replacement
/// wished to be "from this country", another closure the third this year, "if people could actually get through",
/// paracetamol with alcohol as fine, fasting for days before a blood test, the HPV jab replacing smears, cancer going
/// away on its own, measles as mild; and as false flags "Tom, Dick or Harry" and something that would "follow me around".
/// Sentences here are written for the tests, not copied from the team's sets.</summary>
public class RulesR76PassTests
{
    [Theory]
    [InlineData("Sois unos cabrones todos", "abuse.other_languages_r76")]
    [InlineData("Allez vous faire foutre avec vos rendez-vous", "abuse.other_languages_r76")]
    [InlineData("Hepiniz şerefsizler", "abuse.other_languages_r76")]
    [InlineData("waxaad tihiin dameerro", "abuse.other_languages_r76")]
    [InlineData("Tumi ekta haramjada", "abuse.other_languages_r76")]
    [InlineData("الله يلعنكم جميعا", "abuse.other_languages_r76")]
    [InlineData("On verra bien qui rira demain", "abuse.other_languages_r76")]
    [InlineData("Send them back, we don't need more boat people clogging up the surgery", "abuse.contempt_r76")]
    [InlineData("Female GPs should stick to women's problems and stay home with the kids", "abuse.contempt_r76")]
    [InlineData("Honestly nobody would miss her if she never came back", "abuse.contempt_r76")]
    [InlineData("Maybe the next locum will actually be from this country", "abuse.contempt_r76")]
    [InlineData("Crema milagrosa 🌿 el enlace está en mi bio", "spam.other_languages_r76")]
    [InlineData("Fiyatlar için WhatsApp'tan ulaşın", "spam.other_languages_r76")]
    [InlineData("Order er jonno inbox korun", "spam.other_languages_r76")]
    [InlineData("Gagnez un iPhone 16 aujourd'hui", "spam.other_languages_r76")]
    [InlineData("Vendo antibióticos sin receta, envío rápido", "spam.other_languages_r76")]
    [InlineData("Billetes baratos a Madrid y vuelos a Lisboa, escríbeme", "spam.other_languages_r76")]
    [InlineData("Doktordan randevu alamadım yine", "complaint.other_languages_r76")]
    [InlineData("Telefonu kimse açmıyor sabahtan beri", "complaint.other_languages_r76")]
    [InlineData("Qofna telefonka iima jawaabin", "complaint.other_languages_r76")]
    [InlineData("انتظرت ساعتين وما حدا شافني", "complaint.other_languages_r76")]
    [InlineData("Deux mois pour un rendez-vous, sérieusement", "complaint.other_languages_r76")]
    [InlineData("Llamo cada día y nadie contesta", "complaint.other_languages_r76")]
    [InlineData("Ninguém atende o telefone nessa clínica", "complaint.other_languages_r76")]
    [InlineData("Ces médecins escroquent la sécu et le NHS depuis des années", "defamation.fraud_other_languages_r76")]
    [InlineData("La vacuna triple vírica provoca autismo", "misinformation.other_languages_r76")]
    [InlineData("Aşı kısır yapıyor çocukları", "misinformation.other_languages_r76")]
    [InlineData("Le citron guérit le cancer mieux que la chimio", "misinformation.other_languages_r76")]
    [InlineData("Kızamık hafif bir hastalık, aşıya gerek yok", "misinformation.other_languages_r76")]
    [InlineData("Chickenpox is mild, much better they catch it naturally at nursery", "misinformation.other_languages_r76")]
    [InlineData("Ibuprofen with a few beers is perfectly fine, the leaflet is just covering itself", "misinformation.other_languages_r76")]
    [InlineData("Fast for two days before a blood test so it's accurate", "misinformation.other_languages_r76")]
    [InlineData("If you've had the HPV jab it means you don't need smears", "misinformation.other_languages_r76")]
    [InlineData("Cancer goes away if you eat clean and skip the chemo", "misinformation.other_languages_r76")]
    [InlineData("Ma voisine du troisième a un cancer, elle a commencé la chimio, elle a la tuberculose aussi", "other_patient_data.other_languages_r76")]
    [InlineData("Komşum Fatma geçen ay kemoterapiye başladı", "other_patient_data.other_languages_r76")]
    [InlineData("Hooyaday waxay qabtaa sonkorow", "other_patient_data.other_languages_r76")]
    [InlineData("Another morning shut for training, that's the fourth this year", "complaint.polite_grumble_r76")]
    [InlineData("If patients could actually get through on the phone maybe fewer would miss them", "complaint.polite_grumble_r76")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Las vacunas no provocan autismo, está demostrado", "misinformation.other_languages_r76")]
    [InlineData("Is it true the MMR causes autism? My sister said so", "misinformation.other_languages_r76")]
    [InlineData("Measles is not mild, it killed children in my village", "misinformation.other_languages_r76")]
    [InlineData("Paracetamol and alcohol is not safe together, ask the pharmacist", "misinformation.other_languages_r76")]
    [InlineData("They called them boat people in the 70s, the term's awful", "abuse.contempt_r76")]
    [InlineData("Bhai log, the flu clinic is Saturday, spread the word", "other_patient_data.other_languages_r76")]
    [InlineData("Another afternoon closed for training, fair enough", "complaint.polite_grumble_r76")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("Any GP is fine, Tom, Dick or Harry, as long as it's this week", "abuse")]
    [InlineData("Worried a mental health referral would follow me around forever, it didn't", "spam")]
    public void Classify_NotTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("Tom, Dick or Harry, they're all useless bastards", "abuse")]
    [InlineData("Follow me around the shops 👉 www.example-deals.co.uk for deals", "spam")]
    public void Classify_StillTheLabel(string text, string label) =>
        Assert.Contains(label, Some.Labels(text));
}
