namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r86, from round 86's misses: harmful claims about diabetes when fasting or feasting ("ek din insulin
/// chhorne se kuch nahi hota", "roza bilkul safe hai", "khajoor sugar nahi barhati"); Polish antibiotics said to work on
/// viruses; drink-driving after a big dinner; "fluids feed the bug, starve it out"; clickbait adverts ("doctors HATE ...
/// link in comments"); job agencies and free lessons in Polish and Romanian. Exemptions: "fit as a fiddle" (the stem
/// fiddle* is gone from the dishonesty words), swearing at an illness ("this f***ing norovirus"), "nobody turned me away",
/// Romanian "nu am așteptat o oră", "not a weirdo", the writer's own NHS number in Urdu, support against rudeness to staff
/// ("badtameezi ki koi jagah nahi"). Sentences here are written for the tests, not copied from the team's sets.</summary>
public class RulesR86PassTests
{
    [Theory]
    [InlineData("Eid ke din goliyan chhorne se kuch nahi hota, enjoy karo", "misinformation.diabetes_fasting_r86")]
    [InlineData("Diabetes walon ke liye fasting bilkul safe hai, bas paani piyo", "misinformation.diabetes_fasting_r86")]
    [InlineData("Dates are natural sugar, they don't raise your blood sugar at all", "misinformation.diabetes_fasting_r86")]
    [InlineData("Nie bierzcie antybiotyków od lekarzy tutaj, w Polsce dają lepsze i one działają też na wirusy", "misinformation.antibiotic_virus_pl_r86")]
    [InlineData("It's fine to drive after a few pints as long as you've had a proper meal", "misinformation.drink_drive_r86")]
    [InlineData("Water feeds the virus, starve it out for 24 hours", "misinformation.starve_bug_r86")]
    [InlineData("This one weird trick doctors hate 😱 link in bio", "spam.clickbait_r86")]
    [InlineData("Agencja zatrudni kierowców, 14 funtów/h, dzwoń od zaraz", "spam.offer_intl_r86")]
    [InlineData("Curs de limba engleza GRATUIT, inscrie-te pe site-ul nostru", "spam.offer_intl_r86")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Insulin kabhi mat chhorna, doctor se pooch ke dose badlo", "misinformation.diabetes_fasting_r86")]
    [InlineData("Antybiotyki nie działają na wirusy, tylko na bakterie", "misinformation.antibiotic_virus_pl_r86")]
    [InlineData("It's never fine to drive after a few drinks, whatever you've eaten", "misinformation.drink_drive_r86")]
    [InlineData("Bezpłatne szczepienie na grypę, zapisz się w przychodni", "spam.offer_intl_r86")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("No offence, but at 84 I'm as fit as a fiddle. Each to their own.", "defamation")]
    [InlineData("this f***ing flu has floored the whole house", "abuse")]
    [InlineData("Nobody turned me away, I was seen the same morning", "complaint")]
    [InlineData("Am sunat la 8 si nu am asteptat o ora, multumesc!", "complaint")]
    [InlineData("Fancy a walk on Boxing Day? Honest, not a weirdo, just lonely", "abuse")]
    [InlineData("Mera apna NHS number 485 777 3456 hai, repeat check kar dein", "other_patient_data")]
    [InlineData("Staff ke saath badtameezi ki koi jagah nahi, shukriya aap sab ka", "complaint")]
    public void Classify_Exempted_DoesNotCarryTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("The practice manager fiddles the waiting list figures")]
    [InlineData("f***ing flu clinic ran out again, you useless lot")]
    [InlineData("Dermatologists hate this cream 👇 order at glowfast.shop")]
    public void Classify_StillFlagged(string text) =>
        Assert.NotEmpty(Some.Labels(text));
}
