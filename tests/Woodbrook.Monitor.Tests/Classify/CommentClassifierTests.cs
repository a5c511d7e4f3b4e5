using System.Diagnostics;
using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Comments written for these tests (not copied from the dev set), one or more per detector.</summary>
public class CommentClassifierTests
{
    [Theory]
    [InlineData("Kelly Brown at the desk sorted my forms out, what a star", "staff_identification")]
    [InlineData("Dr Patell was ace with my little one", "staff_identification")]
    [InlineData("Dr Nowicki the locum never even looked up from her screen", "staff_identification")]
    [InlineData("The practice manager has ignored three emails from me", "staff_identification")]
    [InlineData("the ginger receptionist on Friday afternoons needs a holiday", "staff_identification")]
    [InlineData("whoever was on the front desk at 9 this morning was lovely", "staff_identification")]
    public void Classify_IdentifiesStaff_AddsStaffIdentification(string text, string label) => Assert.Contains(label, Some.Labels(text));

    [Theory]
    [InlineData("The receptionists are always cheerful")]
    [InlineData("Your staff work so hard, thank you")]
    [InlineData("Me and Tom (the hubby) say thanks to all of you")]
    [InlineData("@Kelly Smith this is the clinic I meant")]
    public void Classify_GenericOrNotStaff_NoStaffIdentification(string text) =>
        Assert.DoesNotContain("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("found a letter in the car park, NHS number 943 476 5919, who do I give it to", "other_patient_data")]
    [InlineData("my dad Peter Lowe has had shingles for a month and nobody has called him back", "other_patient_data")]
    [InlineData("the old man in the waiting room with the awful cough should have stayed home", "other_patient_data")]
    [InlineData("@Dave Pike isn't this where you came for your chlamydia results lol", "other_patient_data")]
    public void Classify_AnotherPatientsData_AddsOtherPatientData(string text, string label) => Assert.Contains(label, Some.Labels(text));

    [Theory]
    [InlineData("my NHS number is 943 476 5919, can you check my repeat")]
    [InlineData("Order 9434765919 arrived broken")]
    [InlineData("Ring 0113 496 0000 for the flu clinic")]
    [InlineData("My daughter has asthma, when is the clinic?")]
    public void Classify_OwnDataOrNumbers_NoOtherPatientData(string text) => Assert.DoesNotContain("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("Two weeks for a call back from a doctor, brilliant work 👏", "complaint")]
    [InlineData("couldn't get through on the phone all morning again", "complaint")]
    [InlineData("this surgery is a sh1tshow, utterly useless", "abuse")]
    [InlineData("you lot are a bunch of c*nts", "abuse")]
    [InlineData("I know where you live, watch your back", "abuse")]
    [InlineData("Jebana recepcja, kurwa mać", "abuse")]
    [InlineData("Skandal, trzy tygodnie czekam na wyniki", "complaint")]
    [InlineData("Tom Reed stole money from the charity box", "defamation")]
    [InlineData("Cheap Viagra, no prescription, DM me", "spam")]
    [InlineData("You have won a £1000 voucher, claim here now", "spam")]
    [InlineData("The HPV jab causes infertility in girls, fact", "misinformation")]
    [InlineData("Garlic cures covid, forget the booster", "misinformation")]
    public void Classify_ViolatingComment_AddsLabel(string text, string label) => Assert.Contains(label, Some.Labels(text));

    [Theory]
    [InlineData("you lot are total p*ss takers", "p*ss takers")]
    [InlineData("what a p*ss take this booking system is", "p*ss take")]
    [InlineData("honestly a sh*t show from start to finish", "sh*t show")]
    public void Classify_MaskedWordInsideAPhrase_MatchesThePhrase(string text, string typed)
    {
        var evidence = Some.Classifier.Classify(new CommentToClassify(text)).Evidence;
        Assert.Contains(evidence, e => e.Rule == "abuse.profanity" && e.Text == typed);
    }

    [Theory]
    [InlineData("Cheers for losing my fit note, really helpful")]
    [InlineData("Why is it so hard to get a simple blood test booked?")]
    [InlineData("sent the form in 10 days ago and not a peep")]
    [InlineData("been left waiting weeks for someone to ring about my scan")]
    [InlineData("Honestly appalled at the way my gran was spoken to at the desk")]
    [InlineData("Nobody rang back, again")]
    public void Classify_GrievanceWithoutStockPhrases_AddsComplaint(string text) => Assert.Contains("complaint", Some.Labels(text));

    [Theory]
    [InlineData("Fluoride is making our children sick")]
    [InlineData("The flu jab gives you flu, everyone knows")]
    [InlineData("Natural immunity beats any vaccine")]
    [InlineData("Don't let them give your kids the MMR")]
    public void Classify_FalseHealthClaim_AddsMisinformation(string text) => Assert.Contains("misinformation", Some.Labels(text));

    [Theory]
    [InlineData("Does the flu jab give you flu?")]
    [InlineData("The flu jab can't give you the flu")]
    [InlineData("I'm off to Scunthorpe for a cocktail and an assessment with my therapist")]
    [InlineData("Reading Dickens while I waited, great analysis of Victorian life")]
    [InlineData("This heat is killing me, stay cool everyone")]
    [InlineData("The council still haven't fixed the road, 3 weeks now")]
    [InlineData("Thank you all, got seen the same day")]
    [InlineData("Only waited 5 minutes today, well done")]
    [InlineData("Covid nearly killed me last year, get the booster")]
    [InlineData("I forgot my appointment, sorry")]
    [InlineData("I'm furious with myself for missing it")]
    [InlineData("Ignore the scaremongering, the MMR is safe")]
    [InlineData("Why can't I have the flu jab if I've got a cold?")]
    public void Classify_InnocentComment_NoLabel(string text) => Assert.Empty(Some.Labels(text));

    [Fact]
    public void Classify_Evidence_PointsAtTypedText()
    {
        var text = "Kelly is a useless c0w";
        var result = Some.Classifier.Classify(new CommentToClassify(text));
        var abuse = result.Evidence.First(e => e.Label == CommentLabel.Abuse);
        Assert.Equal(abuse.Text, text.Substring(abuse.Start, abuse.Length));
        Assert.Contains("c0w", abuse.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("f*ck ")]
    [InlineData("Ab Cd ")]
    [InlineData("9434765919 ")]
    [InlineData("😂")]
    [InlineData("f u c k ")]
    [InlineData("а")]
    [InlineData("a.b.")]
    [InlineData("@Kelly Moore ")]
    [InlineData("f\u200b")]
    [InlineData("my wife Dr Patel nhs ")]
    public void Classify_HostileInput_ScalesLinearly(string unit)
    {
        // Work grows with length, not faster: 8× the text costs about 8× when linear and 64× when quadratic, so a
        // bound of 24× (plus a little for timer granularity) separates the two even on a busy machine, where the
        // 4× step this test once used came within a few milliseconds of its bound.
        var small = Repeat(unit, 25_000);
        var large = Repeat(unit, 200_000);
        Some.Classifier.Classify(new CommentToClassify(small));
        var t1 = Time(small);
        var t8 = Time(large);
        Assert.True(t8 < t1 * 24 + 200, $"25k: {t1} ms, 200k: {t8} ms");
        Assert.True(t8 < 10_000, $"200k: {t8} ms");
    }

    [Theory]
    [InlineData("My patience with this surgery has run out, honestly", "complaint")]
    [InlineData("Good luck getting a call back before Friday", "complaint")]
    [InlineData("Nobody told us the clinic had been cancelled", "complaint")]
    [InlineData("The phone system is getting worse every week", "complaint")]
    [InlineData("They treat patients like something on their shoe", "complaint")]
    [InlineData("Mama nie moze dostac wizyty, masakra", "complaint")]
    [InlineData("Welcome James, lovely to have you", "staff_identification")]
    [InlineData("I know where you park, doctor. Think on", "abuse")]
    [InlineData("Say that to my face again and I'll batter you", "abuse")]
    [InlineData("Better hope I never catch her in the car park", "abuse")]
    [InlineData("The flu vaccine alters your genes for good", "misinformation")]
    [InlineData("Biopsies spread the cancer round your body", "misinformation")]
    [InlineData("Chickenpox is just a few spots, let them catch it", "misinformation")]
    [InlineData("The nurse stank of drink at my appointment", "defamation")]
    [InlineData("hi sweetheart, I am an army doctor on a mission in Yemen, can we be friends", "spam")]
    public void Classify_GeneralFrames_AddTheLabel(string text, string label) => Assert.Contains(label, Some.Labels(text));

    [Theory]
    [InlineData("My husband has awful eczema, any cream recommendations?", "complaint")]
    [InlineData("Had a terrible week but the nurse was lovely", "complaint")]
    [InlineData("Mammograms are pointless, a friend told me, is that right?", "complaint")]
    [InlineData("Never felt rushed, the GP was brilliant", "complaint")]
    [InlineData("Plenty of fake news going round about vaccines", "defamation")]
    [InlineData("He was struck off years ago, the one who started the autism scare", "defamation")]
    [InlineData("Dydd Llun yw'r diwrnod gorau i ffonio", "abuse")]
    [InlineData("Ask the pharmacist at Boots, they were great", "staff_identification")]
    [InlineData("If my battery dies before you ring back do I lose my place?", "abuse")]
    public void Classify_HardNegatives_NoLabel(string text, string label) => Assert.DoesNotContain(label, Some.Labels(text));

    private static string Repeat(string unit, int length)
    {
        var sb = new System.Text.StringBuilder(length + unit.Length);
        while (sb.Length < length)
        {
            sb.Append(unit);
        }
        return sb.ToString();
    }

    /// <summary>The best of five runs: a garbage collection or a busy neighbour can only make a run slower, so the
    /// minimum is the fairest measure of the work itself.</summary>
    private static long Time(string text)
    {
        var best = long.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            Some.Classifier.Classify(new CommentToClassify(text));
            best = Math.Min(best, sw.ElapsedMilliseconds);
        }
        return best;
    }
}
