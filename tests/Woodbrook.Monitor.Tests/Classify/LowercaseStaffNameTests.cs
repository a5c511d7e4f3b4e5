using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>The lead's change after round 41: a staff first name typed in lower case. A name that is not also a word reads
/// as it does with a capital; one that is also a word ("grace") needs a possessive, a modal or a verb of care after it.</summary>
public class LowercaseStaffNameTests
{
    [Theory]
    [InlineData("kelly's smile makes the 40 min wait worth it tbh 😍")]
    [InlineData("know where you park kelly. just saying")]
    [InlineData("tom could find a vein on a ghost, 3 nurses at the hospital failed")]
    [InlineData("whos doing the blood clinic now anne's off?")]
    [InlineData("bye kelly, won't miss your sour face")]
    [InlineData("grace can review my meds when she learns to read a prescription")]
    [InlineData("grace's advice on my inhalers was spot on")]
    public void Classify_LowercaseStaffName_IsStaff(string text) =>
        Assert.Contains("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("me and tom are off to the coast for the bank holiday")]
    [InlineData("tom and i both had our boosters, no side effects")]
    [InlineData("my son tom has his jabs next week, any tips for nerves?")]
    [InlineData("by the grace of god I got through the winter")]
    [InlineData("grace period for the online form is two days apparently")]
    [InlineData("say grace before the christmas dinner 😂")]
    public void Classify_LowercaseNameOfSomeoneElseOrAWord_NotStaff(string text) =>
        Assert.DoesNotContain("staff_identification", Some.Labels(text));

    [Fact]
    public void Tokenize_PossessiveName_KeepsTheNameAndMarksIt()
    {
        var tokens = TextNormaliser.Tokenize("kelly's smile and tom").Tokens;

        var kelly = tokens.Single(t => t.Text == "kelly");
        Assert.True(kelly.Is(TokenFlags.Possessive));
        Assert.False(tokens.Single(t => t.Text == "tom").Is(TokenFlags.Possessive));
    }
}
