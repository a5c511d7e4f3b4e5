using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r63, from rounds 61 and 62's misses: staff by a title and an initial or by a look and a job, threats at
/// whoever is on the desk, hate about who may examine whom, sarcasm about the day the phones worked, diagnoses that took
/// several goes, work passed to the chemist, phones switched off on purpose, no-win-no-fee and recruitment pitches,
/// alcohol and honey myths; and the false flags it fixes (profanity at an illness, "stabiliser", "out of their own
/// pockets", "don't stop your tablets", the Welsh word order of "brechlyn ffliw", Polish "mam"). Sentences here are
/// written for the tests, not copied from the team's sets.</summary>
public class RulesR63PassTests
{
    /// <summary>The built-in policy with one more rule that reads any mention of leftover antibiotics as a myth, standing in
    /// for the learned model, which read "I always keep leftover antibiotics in case" so once round 61 was in its
    /// training.</summary>
    private static readonly Lazy<CommentClassifier> LeftoverAsMyth = new(() =>
        Some.WithBuiltInPolicyAnd("rule misinformation test.leftover flag = leftover/spare antibiotics/amoxicillin"));

    [Theory]
    [InlineData("I always keep leftover antibiotics in the cupboard just in case")]
    [InlineData("We hang on to spare amoxicillin from holidays, saves ringing up")]
    public void Classify_OwnHabitWithNoClaim_IsNoMyth(string text) =>
        Assert.Empty(Some.LabelsBy(LeftoverAsMyth.Value, text));

    [Theory]
    [InlineData("I always keep leftover antibiotics, they kill any cold in a day")]
    [InlineData("We keep spare amoxicillin so we never need to bother with the GP for a virus")]
    public void Classify_HabitWithAClaim_IsStillAMyth(string text) =>
        Assert.Contains("misinformation", Some.LabelsBy(LeftoverAsMyth.Value, text));

    [Theory]
    [InlineData("staff_identification.title_initial_r63", "Thank you Dr K, you listened when nobody else did")]
    [InlineData("staff_identification.title_initial_r63", "Dr A you were brilliant with my son")]
    [InlineData("staff_identification.feature_in_context_r63", "The fella with the tattoos who does the bloods was brilliant with my needle phobia")]
    [InlineData("staff_identification.feature_in_context_r63", "tall ginger one off reception sorted my repeat in two minutes")]
    [InlineData("abuse.threat_desk_r63", "Keep me waiting again and I'm coming for whoever's on reception, you've been warned")]
    [InlineData("abuse.threat_desk_r63", "Somebody should put a match to that surgery")]
    [InlineData("abuse.hate_group_r63", "Foreign doctors shouldn't be allowed to treat British patients")]
    [InlineData("complaint.phones_worked_r63", "Honestly it's like the one day a year the phones actually worked")]
    [InlineData("complaint.took_goes_r63", "Took them four attempts to diagnose my gallstones")]
    [InlineData("complaint.took_goes_r63", "Took me six months of chasing to get a referral")]
    [InlineData("complaint.outsourced_r63", "So now you're outsourcing the doctors' work to the receptionists")]
    [InlineData("complaint.not_working_r63", "Drzwi znowu zepsute, wózkiem nie da się wjechać")]
    [InlineData("defamation.switched_off_r63", "They switch off the phones at lunchtime and pretend the line is busy")]
    [InlineData("spam.claims_r63", "Injured at work? No win no fee, call us today")]
    [InlineData("spam.travel_r63", "Cheap flights to Islamabad this Eid, book with us 0161 496 0123")]
    [InlineData("misinformation.alcohol_good_r63", "Brandy in warm milk kills the virus, works every time")]
    [InlineData("misinformation.honey_baby_r63", "Honey on a dummy is fine for newborns")]
    [InlineData("misinformation.melanin_spf_r63", "Dark skin is a natural sunscreen so we don't need suncream")]
    public void Classify_Pattern_FiresItsRule(string rule, string text) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("I saw the dr a week ago about my knee")]
    [InlineData("My mum, the one with the glasses, does the school run for us")]
    [InlineData("People shouldn't take it out on whoever's on reception, it's not their fault")]
    [InlineData("Alcohol hand gel kills germs, use it on the way in")]
    [InlineData("Never give honey to a baby under one, it can cause botulism")]
    [InlineData("Living on £90 a week pension doesn't go far")]
    public void Classify_NearMiss_DoesNotFireTheNewRules(string text) =>
        Assert.DoesNotContain(Some.Classifier.Classify(new(text)).Evidence, e => e.Rule.EndsWith("_r63", StringComparison.Ordinal)
            || e.Rule is "spam.money_scam");

    [Theory]
    [InlineData("F*ck cancer. Thinking of everyone on the ward 💚", "abuse")]
    [InlineData("The nasal spray uses gelatine as a stabiliser", "abuse")]
    [InlineData("Her condition is stable now thank god", "abuse")]
    [InlineData("The reception team paid for the hampers out of their own pockets", "defamation")]
    [InlineData("Garlic is lovely but don't stop your tablets for it", "misinformation")]
    [InlineData("Wedi cael y brechlyn ffliw heddiw, diolch", "misinformation")]
    [InlineData("Nie mam aplikacji. Jak mam teraz zamawiać leki?", "other_patient_data")]
    [InlineData("So pensioners on £200 a week have to buy their own paracetamol now", "spam")]
    public void Classify_FormerFalseFlag_IsNotThatLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Fact]
    public void Classify_DotForALetter_IsStillProfanity() =>
        Assert.Contains("abuse", Some.Labels("f\u2022ck off with your waiting list, useless lot"));
}
