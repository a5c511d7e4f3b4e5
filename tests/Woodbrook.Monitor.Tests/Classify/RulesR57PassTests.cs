namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r57 on complaint: another organisation's wait that makes the practice look quick by comparison, and a
/// question asking which of two things to do, are not grievances; the same words with the practice at fault, or with
/// how long it has been, still are.</summary>
public class RulesR57PassTests
{
    [Theory]
    [InlineData("Passport office had me on hold for an hour this morning, makes you lot look efficient")]
    [InlineData("Turned 70 last week and nothing through the post yet, shall I wait or ring you?")]
    [InlineData("Got the text about my review, do I wait or book online?")]
    public void Classify_ComparisonOrWhichQuestion_NoComplaint(string text) =>
        Assert.DoesNotContain("complaint", Some.Labels(text));

    [Theory]
    [InlineData("You kept me on hold for 50 minutes, makes the DVLA look speedy")]
    [InlineData("Been 6 weeks with no letter, do I wait or chase it again?")]
    [InlineData("3 weeks waiting for my results, shall I wait or ring again? absolute joke")]
    public void Classify_PracticeAtFaultOrLongWait_StillComplaint(string text) =>
        Assert.Contains("complaint", Some.Labels(text));
}
