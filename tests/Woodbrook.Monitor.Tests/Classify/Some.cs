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

    public static IReadOnlyList<string> Labels(string text) =>
        Classifier.Classify(new CommentToClassify(text)).Labels.Select(l => l.ToWire()).ToList();
}
