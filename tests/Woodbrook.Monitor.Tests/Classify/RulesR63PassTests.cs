using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r63, from rounds 61 and 62's misses. Sentences here are written for the tests, not copied from the team's
/// sets.</summary>
public class RulesR63PassTests
{
    /// <summary>The built-in policy with one more rule that reads any mention of leftover antibiotics as a myth, standing in
    /// for the learned model, which read "I always keep leftover antibiotics in case" so once round 61 was in its
    /// training.</summary>
    private static readonly Lazy<CommentClassifier> LeftoverAsMyth = new(() =>
    {
        using var stream = typeof(ClassifierPolicy).Assembly.GetManifestResourceStream(ClassifierPolicy.DefaultResourceName)!;
        var text = new StreamReader(stream).ReadToEnd() + "\nrule misinformation test.leftover flag = leftover/spare antibiotics/amoxicillin\n";
        return new CommentClassifier(Some.Practice(), ClassifierPolicy.Parse(new StringReader(text), "test.policy", CodeRules.All));
    });

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
}
