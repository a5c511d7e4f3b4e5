namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r65, from round 64's misses and false flags: letters in circles, boxes and Canadian syllabics; well-known
/// health myths; a woman told to stay home "where she belongs", a hope that someone finishes the job, a knife emoji,
/// refusing a doctor of some origin; staff by an Irish surname's initials, by the call they took and when, by a feature
/// in Romanian, or by a name the post introduced typed in lower case; and the false flags: a learning curve, a reading
/// that was high, "sounds like rubbish", "old gits like me", Polish "dla pań z recepcji" (plural), asking whether an
/// appointment was moved, asking to hire a room, a relative's routine jab that went well. Sentences here are written for
/// the tests, not copied from the team's sets.</summary>
public class RulesR65PassTests
{
    [Theory]
    [InlineData("ⓢⓗⓘⓣ surgery", "abuse")]
    [InlineData("🅿🅸🆂🆂 off woodbrook", "abuse")]
    [InlineData("what a ᔕᕼITE service", "abuse")]
    [InlineData("Ear candles draw the wax out better than any syringe", "misinformation")]
    [InlineData("you can catch HIV off a toilet seat so always hover", "misinformation")]
    [InlineData("Compression socks give you clots, I stopped wearing mine", "misinformation")]
    [InlineData("Jogging grinds your knees down to nothing by 50", "misinformation")]
    [InlineData("Pull ticks off with a lit match, they let go straight away", "misinformation")]
    [InlineData("Stout is packed with iron, best thing when you're pregnant", "misinformation")]
    [InlineData("Ospa to tylko wysypka, każde dziecko musi to przejść", "misinformation")]
    [InlineData("Women doctors should be at home where they belong", "abuse")]
    [InlineData("Shame nobody came back to finish the job on that receptionist", "abuse")]
    [InlineData("see you at 8 when the doors open 🔪", "abuse")]
    [InlineData("I refuse to be seen by an immigrant doctor, get me someone else", "abuse")]
    [InlineData("Dr O'C saved my life in 2020", "staff_identification")]
    [InlineData("The lady who answered my call yesterday was so patient with me", "staff_identification")]
    [InlineData("Fata de la recepție, cea cu părul roșu, a fost foarte drăguță", "staff_identification")]
    public void Classify_NewPattern_IsFlagged(string text, string label) =>
        Assert.Contains(label, Some.Labels(text));

    [Theory]
    [InlineData("Steep learning curve with the new app but I got there", "abuse")]
    [InlineData("Have yours done, mine was high and I'd no idea", "defamation")]
    [InlineData("His sugar was high so they kept him in", "defamation")]
    [InlineData("Sounds like rubbish to me, the surgery doesn't sell anything", "abuse")]
    [InlineData("Grumpy old gits like us just need a cuppa and a chat", "abuse")]
    [InlineData("Podziękowania dla pań z recepcji za cierpliwość", "staff_identification")]
    [InlineData("I've got a smear booked for that Tuesday, has it been cancelled?", "complaint")]
    [InlineData("Is there any possibility of hiring the meeting room on Thursdays? Fully insured yoga teacher here", "spam")]
    [InlineData("Grandad had his and was back home in ten minutes, easy", "other_patient_data")]
    [InlineData("Ear candling does nothing, the wax just comes from the candle", "misinformation")]
    [InlineData("Is it true you can get HIV from sharing a cup?", "misinformation")]
    [InlineData("Cut my finger on the tin lid, the kitchen knife was blunt anyway 🔪", "abuse")]
    public void Classify_FormerFalseFlagOrNearMiss_IsNotThatLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Fact]
    public void Classify_NameThePostIntroduced_InLowerCase_IsStaff()
    {
        var post = "Please welcome Callum, our new Physician Associate!";
        var found = Some.Classifier.Classify(new("callum was brilliant with my little boy", PostText: post));
        Assert.Contains(found.Evidence, e => e.Rule == "staff_identification.named_in_post" && e.Text == "callum");
    }

    [Fact]
    public void Classify_NameThePostIntroducedThatIsAWord_InLowerCase_IsNotStaff()
    {
        var post = "Please welcome Will, our new Practice Nurse!";
        var found = Some.Classifier.Classify(new("will do, thanks for letting us know", PostText: post));
        Assert.DoesNotContain(found.Evidence, e => e.Label == Woodbrook.Monitor.Classify.CommentLabel.StaffIdentification);
    }

    [Fact]
    public void Classify_RelativeWithAnIllness_AfterARoutineJab_IsStillOtherPatientsData() =>
        Assert.Contains("other_patient_data", Some.Labels("Mum had hers and was back home quick, her dementia's much worse though"));
}
