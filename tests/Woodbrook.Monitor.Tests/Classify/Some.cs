using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

internal static class Some
{
    public static PracticeOptions Practice() => new()
    {
        Practice = "Woodbrook Medical Centre",
        Website = "https://www.woodbrookmedicalcentre.co.uk/",
        ComplaintsProcedure = "https://www.woodbrookmedicalcentre.co.uk/complaints",
        Staff =
        [
            new() { Name = "Anne Jones", Role = "Practice Manager", Aliases = ["Anne", "Mrs Jones"] },
            new() { Name = "Sarah Patel", Role = "GP Partner", Aliases = ["Dr Patel"] },
            new() { Name = "James O'Connor", Role = "GP Partner", Aliases = ["Dr O'Connor"] },
            new() { Name = "Kelly Brown", Role = "Receptionist", Aliases = ["Kelly"] },
            new() { Name = "Tom Reed", Role = "Healthcare Assistant", Aliases = ["Tom"] },
            new() { Name = "Grace Liu", Role = "Clinical Pharmacist", Aliases = ["Grace"] },
        ],
    };

    private static readonly Lazy<CommentClassifier> Shared = new(() => new CommentClassifier(Practice()));

    public static CommentClassifier Classifier => Shared.Value;

    public static IReadOnlyList<string> Labels(string text) => LabelsBy(Classifier, text);

    /// <summary>The names of the rules whose evidence the built-in classifier gives <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Rules(string text) => Classifier.Classify(new CommentToClassify(text)).Evidence.Select(e => e.Rule).ToList();

    /// <summary>The practice with its GP registrar Richard Hale as well, whose surname is also an ordinary word ("hale and
    /// hearty").</summary>
    private static readonly Lazy<CommentClassifier> WithRegistrar = new(() =>
    {
        var practice = Practice();
        practice.Staff.Add(new() { Name = "Richard Hale", Role = "GP Registrar", Aliases = ["Dr Hale"] });
        return new CommentClassifier(practice);
    });

    public static IReadOnlyList<string> LabelsWithRegistrar(string text) => LabelsBy(WithRegistrar.Value, text);

    /// <summary>A classifier for the practice with the built-in policy and <paramref name="extraLines"/> after it.</summary>
    public static CommentClassifier WithBuiltInPolicyAnd(string extraLines)
    {
        using var reader = new StreamReader(typeof(ClassifierPolicy).Assembly.GetManifestResourceStream(ClassifierPolicy.DefaultResourceName)!);
        var text = reader.ReadToEnd() + "\n" + extraLines + "\n";
        return new CommentClassifier(Practice(), ClassifierPolicy.Parse(new StringReader(text), "test.policy", CodeRules.All));
    }

    /// <summary>The wire names of the labels <paramref name="classifier"/> gives <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> LabelsBy(CommentClassifier classifier, string text) =>
        classifier.Classify(new CommentToClassify(text)).Labels.Select(l => l.ToWire()).ToList();
}
