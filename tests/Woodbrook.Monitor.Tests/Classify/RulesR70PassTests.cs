namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r70, from round 70's misses: a high place in the phone queue, a fee called daylight robbery,
/// complaints said to go in the shredder, "with a scrap of respect", "needs to learn what urgent means", shouting into
/// the void, hold music at this rate, Polish, Welsh and Romanian grievances; sun cream causing cancer, aluminium
/// causing dementia, snot's colour meaning antibiotics, the morning after pill as an abortion, single jabs safer, jabs
/// flooding a baby's system, a vaccine harming most children, boosters never tested on the old, old age's ailments
/// needing no check, breastfeeding harming teeth, Urdu and Romanian "a money-making business"; residents sedated to
/// keep them quiet, someone cheated out of money; brand ambassadors, "tag a friend" offers, cheap rates with a number,
/// Romanian quick loans; "slag off"; a relative's routine jab called "his covid" or "her shingles one"; the writer
/// speaking "as a mum". Sentences here are written for the tests, not copied from the team's sets.</summary>
public class RulesR70PassTests
{
    [Theory]
    [InlineData("Rang at opening and I was 31st in the queue, gave up at half nine", "complaint.queue_place_r70")]
    [InlineData("£40 for a form saying I'm fit to drive, from YOUR GP. Daylight robbery", "complaint.daylight_robbery_r70")]
    [InlineData("Complaints form = straight in the bin, we all know that", "complaint.complaints_binned_r70")]
    [InlineData("Our complaint went straight in the shredder, funny that", "complaint.complaints_binned_r70")]
    [InlineData("If your staff spoke to us with a shred of respect", "complaint.scrap_of_respect_r70")]
    [InlineData("Whoever reads the online forms needs to learn what urgent means", "complaint.learn_what_means_r70")]
    [InlineData("Emailing the surgery is like shouting into the void", "complaint.into_the_void_r70")]
    [InlineData("Hold music on repeat again, at this rate I'll know every note", "complaint.hold_music_rate_r70")]
    [InlineData("Od rana wiecznie zajęte, nie da się dodzwonić", "complaint.other_lang_r70")]
    [InlineData("Dim gobaith cael gweld meddyg cyn mis nesa", "complaint.other_lang_r70")]
    [InlineData("Lekarka zbagatelizowała mój ból przez trzy miesiące", "complaint.other_lang_r70")]
    [InlineData("Factor 50 is behind all the melanoma in kids now", "misinformation.sun_cream_cancer_r70")]
    [InlineData("Aluminium foil causes Alzheimer's, I cook with glass only", "misinformation.aluminium_r70")]
    [InlineData("Yellow snot always means infection, insist on amoxicillin", "misinformation.snot_colour_r70")]
    [InlineData("Green snot means infection, push for antibiotics if it's not gone by Friday", "misinformation.snot_colour_r70")]
    [InlineData("Emergency contraception is an abortion, full stop", "misinformation.morning_after_abortion_r70")]
    [InlineData("Separate vaccines are much safer than the combined one for little ones", "misinformation.single_jabs_safer_r70")]
    [InlineData("Three jabs in one go floods a newborn's system", "misinformation.system_flood_r70")]
    [InlineData("The rotavirus vaccine gives most babies a blocked bowel", "misinformation.harms_most_r70")]
    [InlineData("These boosters were never tested on pregnant women", "misinformation.untested_r71")]
    [InlineData("Forgetfulness is just old age, don't bother getting her tested", "misinformation.ageing_dismissed_r70")]
    [InlineData("Breastfeeding after a year rots their teeth", "misinformation.breastfeeding_harms_r70")]
    [InlineData("Is teeka ka koi faida nahi, bas paisa kamane ka dhanda hai", "misinformation.money_business_r70")]
    [InlineData("Vaccinul e o afacere a firmelor, nimic altceva", "misinformation.money_business_r70")]
    [InlineData("They drug the residents at Oak Lodge to keep them quiet", "defamation.sedate_quiet_r70")]
    [InlineData("The practice diddled the window cleaner out of three months' pay", "defamation.cheated_out_r70")]
    [InlineData("Love your content! Become an ambassador for our skincare, DM us for your code", "spam.brand_ambassador_r70")]
    [InlineData("Buy one get one half price on all vitamins 💊 tag a friend to win a voucher", "spam.tag_friend_offer_r70")]
    [InlineData("Gutters cleared, best prices in town, call 07700 900461", "spam.cheap_rates_r70")]
    [InlineData("Împrumut rapid fără garanție, scrieți-mi", "spam.loan_ro_r70")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("I slag this place off a lot but the nurse sorted my ear out today, fair play", "abuse")]
    [InlineData("Took my nan for her flu one this morning, in and out", "other_patient_data")]
    [InlineData("Hubby had his covid and flu on the same arm, no bother", "other_patient_data")]
    [InlineData("Private physio quoted me £90 a session, daylight robbery", "complaint")]
    [InlineData("tag a friend who'd love the new garden 🌻", "spam")]
    [InlineData("Speaking as a mum with a bad back, the new chairs in the waiting room are a godsend", "other_patient_data")]
    [InlineData("As a dad with asthma myself I'd say book the kids in", "other_patient_data")]
    public void Classify_NearMiss_IsNotThatLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("Sun cream doesn't cause cancer, the burning does", "misinformation.sun_cream_cancer_r70")]
    [InlineData("Is the morning after pill the same as an abortion?", "misinformation.morning_after_abortion_r70")]
    [InlineData("I was 14th in the queue and got through in ten minutes, not bad", "complaint.queue_place_r70")]
    [InlineData("My husband had his flu jab and was in bed for three days after", "other_patient_data.routine_jab_r70")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));
}
