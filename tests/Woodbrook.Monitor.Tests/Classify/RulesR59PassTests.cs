namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r59: "meanwhile my …" after the practice's news, "you can X but not Y", the practice's form or app "not
/// working" in Polish, Romanian and Welsh, a threat of what follows the writer's visit, adverts with a landline or a
/// booking handle, and vaccines named by brand in a harm claim; and the plain information, the own-device grumble and the
/// clinician's handover each must leave alone. Sentences here are written for the tests, not copied from the team's
/// sets.</summary>
public class RulesR59PassTests
{
    [Theory]
    [InlineData("Lovely new benches outside. Meanwhile I've been chasing my scan results for a month", "complaint.meanwhile_mine")]
    [InlineData("Good to see the mural finished, meanwhile my mum's repeat still isn't ready", "complaint.meanwhile_mine")]
    [InlineData("Funny how you can run a quiz night but can't return a single call", "complaint.can_but_not")]
    [InlineData("So the practice can send texts about parking but not about my referral?", "complaint.can_but_not")]
    [InlineData("Aplikacja do recepty nie działa od poniedziałku, nie da się nic zamówić", "complaint.broken_other_lang")]
    [InlineData("Formularul de pe site nu merge deloc de ieri", "complaint.broken_other_lang")]
    public void Classify_GrievanceFrames_FlagComplaintByTheRule(string text, string rule) =>
        Assert.Contains(Some.Classifier.Classify(new(text)).Evidence, e => e.Label == Monitor.Classify.CommentLabel.Complaint && e.Rule == rule);

    [Theory]
    [InlineData("You can book flu jabs online but not the covid ones yet, ring for those")]
    [InlineData("Meanwhile, the pharmacy next door does blood pressure checks on Tuesdays")]
    [InlineData("Moja aplikacja nie działa na moim starym telefonie, kupię nowy 😅")]
    [InlineData("When I'm done with you the nurse will take your bloods, then you're free to go")]
    public void Classify_InformationOrOwnDevice_NoComplaintOrAbuse(string text)
    {
        var labels = Some.Labels(text);
        Assert.DoesNotContain("complaint", labels);
        Assert.DoesNotContain("abuse", labels);
    }

    [Theory]
    [InlineData("Keep it up and you'll need an ambulance after I'm done with you")]
    [InlineData("By the time I've finished with you lot you'll wish you'd answered")]
    public void Classify_ThreatOfWhatFollows_FlagsAbuse(string text) =>
        Assert.Contains(Some.Classifier.Classify(new(text)).Evidence, e => e.Rule == "abuse.done_with_you");

    [Theory]
    [InlineData("Blocked drains? 24/7 callout, no fix no fee, ring DrainPro on 0113 496 0111")]
    [InlineData("Lash lift and tint just £35 this week ✨ book @lashes.by.jade")]
    public void Classify_AdvertWithLandlineOrHandle_FlagsSpam(string text) =>
        Assert.Contains(Some.Classifier.Classify(new(text)).Evidence, e => e.Rule == "spam.advert_phone");

    [Theory]
    [InlineData("Out of hours? Ring 111 or the hospital switchboard on 0113 496 0000, it's free")]
    [InlineData("Please call the surgery on 0113 496 0222 for a quote for the insurance letter")]
    public void Classify_PracticeOrHelplineNumber_NoSpam(string text) => Assert.DoesNotContain("spam", Some.Labels(text));

    [Fact]
    public void Classify_VaccineByBrandWithHarmClaim_FlagsMisinformation() =>
        Assert.Contains(Some.Classifier.Classify(new("Comirnaty causes infertility, look it up")).Evidence,
            e => e.Rule == "misinformation.treatment_harm");
}
