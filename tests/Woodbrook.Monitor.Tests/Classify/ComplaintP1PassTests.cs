namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass P1 on complaint: grievances told as a story or through sarcasm with no strong word (arriving to find
/// the service gone, hold times described, mock disbelief, being shown the door, rudeness described, facilities, things
/// the practice failed to do), and no complaint for insults alone, innocent "didn't even" stories, the writer's own
/// lost paperwork or a wait the writer accepts.</summary>
public class ComplaintP1PassTests
{
    [Theory]
    [InlineData("got down there for my booster at 11 and they'd run out, wasted the whole morning")]
    [InlineData("on hold that long the battery went flat. Cheers")]
    [InlineData("pressed 1 for the call back, got bumped to the back of the queue again")]
    [InlineData("Closed again. Do you lot ever actually open?")]
    [InlineData("Went in about my back, got a leaflet on stretches and was shown the door")]
    [InlineData("Stood at the desk for 5 minutes while they finished chatting before anyone looked up")]
    [InlineData("Dr Okafor didn't even look up from the screen")]
    [InlineData("the toilets by the waiting room have been out of order for weeks")]
    [InlineData("They hadn't sent the prescription to the chemist, third week running")]
    [InlineData("Why is it always engaged at 8?")]
    [InlineData("Great, another closure. Where are we supposed to go?")]
    [InlineData("Dim ateb o gwbl, bob dydd")]
    public void Classify_GrievanceWithoutCueWord_AddsComplaint(string text) =>
        Assert.Contains("complaint", Some.Labels(text));

    [Theory]
    [InlineData("you lot are a bunch of useless t*ssers")]
    [InlineData("didn't even feel the jab, over in seconds")]
    [InlineData("Lost my prescription somewhere in town, can I get another one?")]
    [InlineData("Three weeks for a routine review is fine by me")]
    [InlineData("On hold to the council for an hour about my bins, you lot are saints in comparison")]
    [InlineData("Fair enough, they need training like everyone else")]
    [InlineData("Was dreading ringing but got through 2nd in the queue")]
    [InlineData("The earliest they could do was Tuesday, which suited me fine")]
    [InlineData("Thought it would hurt but it didn't at all")]
    public void Classify_NoGrievanceAboutThePractice_NoComplaint(string text) =>
        Assert.DoesNotContain("complaint", Some.Labels(text));
}
