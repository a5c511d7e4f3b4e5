using System.Diagnostics;
using System.Globalization;
using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Benchmarks;

/// <summary>How the cost of one hostile comment grows with its length: for each repeated unit, the best of three
/// timings at 25,000 to 400,000 characters, and the cost per 1,000 characters. Linear work keeps that last column
/// flat; a column that keeps rising names an input that is slower than linear.</summary>
internal static class ScalingBenchmark
{
    private static readonly string[] Units =
    [
        "a", "f*ck ", "f u c k ", "Ab Cd ", "9434765919 ", "😂", "а", "a.b.", "@Kelly Moore ", "f\u200b",
        "my wife Dr Patel nhs ", "the receptionist with the nose ring ", "my neighbour is on methadone ",
    ];

    public static int Run(string[] args)
    {
        var practice = new PracticeOptions
        {
            Staff =
            [
                new() { Name = "Anne Jones", Role = "Practice Manager", Aliases = ["Anne", "Mrs Jones"] },
                new() { Name = "Sarah Patel", Role = "GP Partner", Aliases = ["Dr Patel", "Dr Sarah"] },
                new() { Name = "Kelly Brown", Role = "Receptionist", Aliases = ["Kelly"] },
            ],
        };
        var classifier = new CommentClassifier(practice);
        int[] sizes = [25_000, 50_000, 100_000, 200_000, 400_000];
        Console.WriteLine($"{"unit",-40}" + string.Concat(sizes.Select(n => $"{n / 1000 + "k ms",10}")) + "   ms per 1k chars at each size");
        var worst = 0.0;
        foreach (var unit in args.Length > 0 ? args : Units)
        {
            var times = sizes.Select(n => Time(classifier, Repeat(unit, n))).ToArray();
            var perK = sizes.Select((n, i) => times[i] * 1000.0 / n).ToArray();
            worst = Math.Max(worst, perK[^1] / Math.Max(perK[0], 0.001));
            Console.WriteLine($"{Show(unit),-40}" + string.Concat(times.Select(t => $"{t,10:0.0}")) + "   "
                + string.Join(" ", perK.Select(p => p.ToString("0.000", CultureInfo.InvariantCulture))));
        }
        Console.WriteLine($"largest growth of cost per character, 25k to 400k: {worst:0.0}x (1x is linear, 16x quadratic)");
        return 0;
    }

    private static double Time(CommentClassifier classifier, string text)
    {
        var comment = new CommentToClassify(text);
        classifier.Classify(comment);
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            classifier.Classify(comment);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    private static string Repeat(string unit, int length) =>
        string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1))[..length];

    private static string Show(string unit) =>
        "\"" + string.Concat(unit.Select(c => char.IsControl(c) || c is '\u200b' ? $"\\u{(int)c:x4}" : c.ToString())) + "\"";
}
