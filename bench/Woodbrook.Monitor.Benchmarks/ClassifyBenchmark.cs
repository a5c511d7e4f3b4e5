using System.Diagnostics;
using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Benchmarks;

/// <summary>Comments classified per second by the local classifier on one thread, over a fixed realistic mix: short
/// comments, long ones (over 2,000 characters), emoji-heavy ones, disguised abuse, and hostile input (100,000 of one
/// letter). A second's warm-up first, then a timed loop of a few seconds. Prints "comments per second: N" last.</summary>
internal static class ClassifyBenchmark
{
    public static int Run(string[] args)
    {
        var seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 3.0;
        var practice = new PracticeOptions
        {
            Staff =
            [
                new() { Name = "Anne Jones", Role = "Practice Manager", Aliases = ["Anne", "Mrs Jones"] },
                new() { Name = "Sarah Patel", Role = "GP Partner", Aliases = ["Dr Patel", "Dr Sarah"] },
                new() { Name = "Kelly Brown", Role = "Receptionist", Aliases = ["Kelly"] },
                new() { Name = "Tom Reed", Role = "Healthcare Assistant", Aliases = ["Tom"] },
            ],
        };
        var classifier = new CommentClassifier(practice);
        var corpus = Corpus();
        // warm up for a second, so the timed loop runs the JIT's optimised code rather than its first compilation
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 1)
        {
            foreach (var comment in corpus)
            {
                classifier.Classify(comment);
            }
        }
        var count = 0;
        var characters = 0L;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var comment in corpus)
            {
                classifier.Classify(comment);
                characters += comment.Text.Length;
            }
            count += corpus.Count;
        }
        var elapsed = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"corpus: {corpus.Count} comments, {characters / count} characters on average");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine($"classified {count} comments in {elapsed:0.00} s on one thread");
        Console.WriteLine($"allocated {allocated / count / 1024.0:0.0} KB per comment; garbage collections gen0 {GC.CollectionCount(0) - collectionsBefore.Item1}, gen1 {GC.CollectionCount(1) - collectionsBefore.Item2}, gen2 {GC.CollectionCount(2) - collectionsBefore.Item3}");
        Console.WriteLine($"comments per second: {count / elapsed:0}");
        return 0;
    }

    private static List<CommentToClassify> Corpus()
    {
        string[] shortOnes =
        [
            "Thanks for the reminder x", "Is there parking?", "3 weeks for a call back, amazing service 👏👏",
            "Dr Hale is a useless tw@t", "Kelly on reception was so rude to me", "Buy Ozempic no prescription 👉 example-pills.shop",
            "MMR causes autism, do your research", "my neighbour at no 12 is on methadone", "f u c k this place",
            "Got my booster, all good 💪", "Can I bring my son if he has a cold?", "Mulțumesc frumos!",
            "Jebać tę przychodnię", "Teen hafte se call back ka intezar kar raha hoon", "Welcome Dr Hale! 😊",
            "NHS number 943 476 5919 is my husband's, Paul Ward", "Vaccines are poison ☠️", "Happy Easter to all the staff 🐣",
        ];
        var corpus = new List<CommentToClassify>();
        for (var r = 0; r < 8; r++)
        {
            corpus.AddRange(shortOnes.Select(t => new CommentToClassify(t)));
        }
        var longOne = string.Concat(Enumerable.Repeat("I don't normally post but rang Monday, told to ring Tuesday, then the online form was closed by 8.15 and I was 32nd in the queue. ", 18));
        corpus.Add(new CommentToClassify(longOne));
        corpus.Add(new CommentToClassify(string.Concat(Enumerable.Repeat("Thank you so much to everyone at Woodbrook, from reception to the doctors, kind and patient. ", 25))));
        corpus.Add(new CommentToClassify(string.Concat(Enumerable.Repeat("😂🤣❤️🙏👍🎄🔥💉 ", 60))));
        corpus.Add(new CommentToClassify(new string('a', 100_000)));
        return corpus;
    }
}
