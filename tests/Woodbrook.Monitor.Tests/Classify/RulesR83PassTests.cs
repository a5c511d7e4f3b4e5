namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r83. A claim denied after it, as Urdu and Hindi put the negation after the verb ("vaccine se autism nahi
/// hota"), is rebutted, not asserted. Sentences here are written for the tests, not copied from the team's sets.</summary>
public class RulesR83PassTests
{
    [Theory]
    [InlineData("MMR se autism hota hai, sab ko pata hai", "misinformation.treatment_harm")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Vaccine se autism nahi hota, doctor ne bataya", "misinformation.treatment_harm")]
    [InlineData("MMR se autism nahin hota, pagal mat bano", "misinformation.treatment_harm")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));
}
