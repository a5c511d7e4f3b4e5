namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass q2 on abuse and defamation: remarks on a staff member's body, winks with a come-on, looking up where
/// staff live, weapon emoji, slurs, veiled threats, masked "a*se", insults in Polish plural; reported insults and praise
/// with "bloody" are not abuse. Allegations in new wordings (writing oneself prescriptions, helping oneself to stock,
/// not qualified, paid per jab pushed, destroying requests, wrong treatment that did harm, lying to a coroner); a lost
/// sample with no harm and stories about another practice are not defamation.</summary>
public class RulesQ2PassTests
{
    [Theory]
    [InlineData("Grace has got a lovely pair on her 😍")]
    [InlineData("phwoar Tom can take my bloods whenever he likes")]
    [InlineData("Found Kelly's insta, she lives near the park. Might pop round 😘")]
    [InlineData("See you at reception tomorrow 🔪")]
    [InlineData("not one English face behind that desk any more")]
    [InlineData("stick your new phones up your a*se")]
    [InlineData("Recepcjonistki to banda idiotek")]
    [InlineData("lying sh*ts the lot of them")]
    [InlineData("keep your eyes open on the walk home Tom")]
    [InlineData("i know which one of you it was and i'll be waiting outside")]
    public void Classify_AbuseInNewForms_IsAbuse(string text) =>
        Assert.Contains("abuse", Some.Labels(text));

    [Theory]
    [InlineData("she has a lovely pair of hands, didn't feel a thing")]
    [InlineData("Tom can do my bloods any day, he's brilliant 😉")]
    [InlineData("The knife crime stats round here are scary 🔪 stay safe")]
    [InlineData("you lot are bloody marvellous")]
    [InlineData("Someone called Kelly a b*tch in the queue yesterday, I was disgusted")]
    [InlineData("My mate got banned for calling the doctor a w*nker and he deserved it")]
    [InlineData("Cheeky seagull nicked my sausage roll 😂 little sod")]
    [InlineData("I'll be waiting outside for the doors to open at 8 as usual")]
    public void Classify_NotAimedOrReported_NoAbuse(string text) =>
        Assert.DoesNotContain("abuse", Some.Labels(text));

    [Theory]
    [InlineData("Dr Patel has been writing herself diazepam prescriptions")]
    [InlineData("Kelly keeps helping herself to the vaccine fridge")]
    [InlineData("Grace isn't even qualified, she failed her exams")]
    [InlineData("the partners get a bonus for every jab they push")]
    [InlineData("they gave my son the adult dose and he ended up in hospital")]
    [InlineData("Anne Jones let her son look through patient records on the computer")]
    [InlineData("they told the coroner my nan had been seen that week, lying through their teeth")]
    [InlineData("Tom is pinching the covid vaccines for his family")]
    public void Classify_AllegationInNewWording_IsDefamation(string text) =>
        Assert.Contains("defamation", Some.Labels(text));

    /// <summary>A misdiagnosis told as the writer's own care: always a complaint. Whether it is also an allegation of
    /// negligence the labelled sets disagree (later sets label it complaint only), so the learned backstop may take the
    /// defamation back; the complaint must stand either way.</summary>
    [Theory]
    [InlineData("They said my broken wrist was just a sprain and sent me home")]
    [InlineData("Dr Patel said it was just a virus and sent me home")]
    public void Classify_DismissedAndSentHome_IsComplaint(string text) =>
        Assert.Contains("complaint", Some.Labels(text));

    [Theory]
    [InlineData("Third time this year you've lost my blood sample")]
    [InlineData("Our old surgery got shut down for fraud years ago, this place is a different world")]
    [InlineData("Saw on the news a GP in Leeds got struck off for stealing drugs")]
    [InlineData("Tom helped himself to a biscuit in the waiting room haha")]
    [InlineData("I'm not registered here yet, can I still get the jab?")]
    [InlineData("the practice gets paid for every jab, that's how funding works")]
    [InlineData("Surgeries are paid per patient on their list, it's how GP funding works")]
    public void Classify_NoHarmOrElsewhere_NoDefamation(string text) =>
        Assert.DoesNotContain("defamation", Some.Labels(text));
}
