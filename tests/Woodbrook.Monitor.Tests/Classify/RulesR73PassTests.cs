namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r73, from round 73's misses and false flags: services the practice does not run (CAMHS, the crisis
/// team, the school nurse, Superdrug) excuse a grumble that names nothing of the practice's; digging a grave, Polish
/// "shove it"; sarcasm "as useful as ever", praise with the phones carved out, a label found in one's notes, cheap
/// stand-ins for GPs, "Thorough 👌"; a paid motive, fake praise, referrals downgraded to save money, hoarding medicines,
/// passing what patients say to employers, running something illegally; myths about suicide, sepsis, breastfeeding,
/// hearing aids, cold air and toothache; free masterclasses, free gifts with every purchase, Romanian prize bait. Sentences
/// here are written for the tests, not copied from the team's sets.</summary>
public class RulesR73PassTests
{
    [Theory]
    [InlineData("Dig yourself a grave while you're at it", "abuse.dig_grave_r73")]
    [InlineData("Wsadźcie sobie te wasze zasady w dupę", "abuse.dig_grave_r73")]
    [InlineData("New phone system will be about as reliable as usual then", "complaint.as_useful_as_ever_r73")]
    [InlineData("Lovely nurses, would recommend. Except not the call back, that's a lottery", "complaint.as_useful_as_ever_r73")]
    [InlineData("Got my records online and my notes say I'm difficult and aggressive. Cheers", "complaint.notes_label_r73")]
    [InlineData("Cheaper substitutes instead of doctors now, that's where we are", "complaint.cheap_instead_r73")]
    [InlineData("Had my annual review, asked about a leg I had amputated years ago. Efficient 👌", "complaint.sarcastic_thorough_r73")]
    [InlineData("They get a bonus for every patient they put on statins, that's the only reason they ring round", "defamation.paid_motive_r73")]
    [InlineData("The practice paid people in vouchers to leave 5 star reviews", "defamation.paid_motive_r73")]
    [InlineData("The surgery deliberately cancels scans to stay within budget, my consultant said so", "defamation.rationing_motive")]
    [InlineData("They're hoarding the flu jabs for their own families", "defamation.misconduct_r73")]
    [InlineData("This surgery passes everything you say on to the DWP", "defamation.misconduct_r73")]
    [InlineData("They're operating the x-ray illegally", "defamation.misconduct_r73")]
    [InlineData("Garlleg a mêl, mae'n gwella'n llwyr", "misinformation.cured_home_remedy_r73")]
    [InlineData("Never ask a mate if he's suicidal, it plants the idea", "misinformation.asking_plants_idea_r69")]
    [InlineData("No fever means it can't be meningitis", "misinformation.myth_frames_r73")]
    [InlineData("It's impossible to conceive while you're still breastfeeding", "misinformation.known_myth_r65")]
    [InlineData("Wearing glasses makes your eyes worse", "misinformation.myth_frames_r73")]
    [InlineData("Going out with wet hair gives you pneumonia", "misinformation.myth_frames_r73")]
    [InlineData("Headaches are never anything serious", "misinformation.myth_frames_r73")]
    [InlineData("Reply YES for my free webinar on beating anxiety", "spam.free_masterclass_r73")]
    [InlineData("Free case with every pair of glasses this week at OptiView", "spam.free_with_every_r73")]
    [InlineData("Câștigă un voucher de 500 lei gratuit acum", "spam.free_with_every_r73")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Do hearing aids make your hearing worse? Asking for my dad", "misinformation.myth_frames_r73")]
    [InlineData("Asking someone if they're suicidal never puts the idea in their head, it can save them", "misinformation.asking_plants_idea_r69")]
    [InlineData("The practice is paid for every flu jab it gives, which is how the NHS works", "defamation.paid_motive_r73")]
    [InlineData("Great for those of us who work shifts, thank you", "complaint.sounds_like_excuses_r73")]
    [InlineData("Pharmacy First is as useful as the GP for a UTI, they sorted me in ten minutes", "complaint.as_useful_as_ever_r73")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("CAMHS lost my daughter's referral twice, absolutely useless the lot of them", "complaint")]
    [InlineData("Waiting lists for hips are a national disgrace, write to your MP", "complaint")]
    [InlineData("I know it isn't you, the whole system is broken", "complaint")]
    [InlineData("Lost my best mate to cancer last year, get checked lads", "other_patient_data")]
    [InlineData("Could I order a repeat prescription for my husband online?", "other_patient_data")]
    [InlineData("@Kim Lowe you don't get shingles from the jab, it's not a live one", "other_patient_data")]
    [InlineData("@Jo Baines don't listen to him, the MMR doesn't cause autism", "misinformation")]
    [InlineData("Private physio charged me £70 for half an hour, this is a much better idea", "complaint")]
    public void Classify_NotTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("Ignore him, the booster gives you heart attacks, don't listen to the surgery", "misinformation")]
    [InlineData("Your receptionist told me to ring CAMHS myself. Not your job apparently, useless", "complaint")]
    public void Classify_StillTheLabel(string text, string label) =>
        Assert.Contains(label, Some.Labels(text));

    // Since the any-label head adds from 0.85 (round 76) it reads this grumble about another service as a complaint
    // (learned.any); the measured trade-off is in LearnedBackstop.AnyAddAt. The rules still must not.
    [Fact]
    public void Classify_SchoolNurse_NoRuleFindsAComplaint() =>
        Assert.DoesNotContain(Some.Rules("The school nurse keeps sending kids home for nothing, ridiculous"), r => r.StartsWith("complaint.", StringComparison.Ordinal));
}
