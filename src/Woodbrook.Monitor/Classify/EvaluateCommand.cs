using System.CommandLine;
using System.Globalization;

namespace Woodbrook.Monitor.Classify;

/// <summary><c>evaluate --input FILE [--practice FILE] [--baseline keywords] [--half 1|2] [--show-text]</c>: scores the
/// classifier against labelled JSON Lines: per label and overall TP/FP/FN, precision, recall and F1, the share of labelled
/// comments flagged at all (flag recall), the share of clean comments flagged (false flag rate), how many comments the
/// learned backstop overruled, and the misses.
/// Comment text is printed only with --show-text.</summary>
internal static class EvaluateCommand
{
    internal static Command Create(IConfiguration configuration)
    {
        var input = new Option<string>("--input") { Description = "Labelled JSON Lines (the format of shared/eval/dev.jsonl)", Required = true };
        var practice = new Option<string?>("--practice") { Description = "A practice file (default: the Practice configuration)" };
        var policy = new Option<string?>("--policy") { Description = "A policy file (default: the built-in policy)" };
        var baseline = new Option<string?>("--baseline") { Description = "keywords: score a plain blocked-words filter instead" };
        baseline.AcceptOnlyFromAmong("keywords");
        var half = new Option<int?>("--half") { Description = "1 or 2: only odd or even lines, to check one half against the other" };
        var showText = new Option<bool>("--show-text") { Description = "Print the text of each miss" };
        var command = new Command("evaluate", "Score the classifier against labelled comments") { input, practice, policy, baseline, half, showText };
        command.SetAction(parse => CommandSupport.Guard(() =>
        {
            var options = CommandSupport.Practice(configuration, parse.GetValue(practice));
            string lines;
            using (var file = CommandSupport.OpenInput(parse.GetValue(input)!))
            {
                lines = file.ReadToEnd();
            }
            // the learned backstop is trained without the comments being scored, so the figures are for unseen comments
            Func<CommentToClassify, Classification> classify = parse.GetValue(baseline) == "keywords"
                ? KeywordBaseline.Create().Classify
                : CommentClassifier.CreateForScoring(options, CommandSupport.PolicyPath(parse.GetValue(policy), configuration), TextsOf(lines)).Classify;
            using var reader = new StringReader(lines);
            return Run(classify, reader, Console.Out, parse.GetValue(half), parse.GetValue(showText));
        }));
        return command;
    }

    /// <summary>The text of every line that parses; lines that do not are reported by <see cref="Run"/>.</summary>
    internal static HashSet<string> TextsOf(string lines)
    {
        using var reader = new StringReader(lines);
        return LabelledComment.ReadAll(reader).Where(l => l.Comment is not null).Select(l => l.Comment!.Text).ToHashSet(StringComparer.Ordinal);
    }

    internal static int Run(Func<CommentToClassify, Classification> classify, TextReader reader, TextWriter output, int? half, bool showText)
    {
        var tp = new Dictionary<CommentLabel, int>();
        var fp = new Dictionary<CommentLabel, int>();
        var fn = new Dictionary<CommentLabel, int>();
        foreach (var label in CommentLabels.All)
        {
            tp[label] = fp[label] = fn[label] = 0;
        }
        int labelled = 0, labelledFlagged = 0, clean = 0, cleanFlagged = 0, errors = 0, overruledLabelled = 0, overruledClean = 0;
        var misses = new List<string>();
        foreach (var (lineNumber, _, item, error) in LabelledComment.ReadAll(reader))
        {
            if (half is { } h && lineNumber % 2 != h % 2)
            {
                continue;
            }
            if (item is null)
            {
                errors++;
                output.WriteLine($"line {lineNumber}: {error}");
                continue;
            }
            var expected = item.Labels ?? [];
            var result = classify(item.ToComment());
            foreach (var label in CommentLabels.All)
            {
                var want = expected.Contains(label);
                var got = result.Labels.Contains(label);
                if (want && got)
                {
                    tp[label]++;
                }
                else if (got)
                {
                    fp[label]++;
                }
                else if (want)
                {
                    fn[label]++;
                }
            }
            if (result.Overruled.Count > 0)
            {
                overruledLabelled += expected.Count > 0 ? 1 : 0;
                overruledClean += expected.Count > 0 ? 0 : 1;
            }
            if (expected.Count > 0)
            {
                labelled++;
                labelledFlagged += result.IsFlagged ? 1 : 0;
            }
            else
            {
                clean++;
                cleanFlagged += result.IsFlagged ? 1 : 0;
            }
            var missing = expected.Except(result.Labels).ToList();
            var extra = result.Labels.Except(expected).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                var rules = string.Join(", ", result.Evidence.Where(e => extra.Contains(e.Label)).Select(e => $"{e.Rule}: \"{e.Text}\""));
                var miss = $"  {item.Id}: missed [{string.Join(",", missing.Select(l => l.ToWire()))}] extra [{string.Join(",", extra.Select(l => l.ToWire()))}]"
                    + (rules.Length > 0 ? $" from {rules}" : "")
                    + (result.Overruled.Count > 0 ? $" (the rules' [{string.Join(",", result.Overruled.Select(l => l.ToWire()))}] overruled)" : "");
                misses.Add(showText ? miss + Environment.NewLine + "      " + item.Text : miss);
            }
        }
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{"label",-22} {"TP",4} {"FP",4} {"FN",4} {"precision",9} {"recall",7} {"F1",6}"));
        int allTp = 0, allFp = 0, allFn = 0;
        foreach (var label in CommentLabels.All)
        {
            allTp += tp[label];
            allFp += fp[label];
            allFn += fn[label];
            output.WriteLine(Row(label.ToWire(), tp[label], fp[label], fn[label]));
        }
        output.WriteLine(Row("overall (micro)", allTp, allFp, allFn));
        output.WriteLine(string.Create(c, $"flag recall:      {Ratio(labelledFlagged, labelled):0.000} ({labelledFlagged}/{labelled} labelled comments flagged)"));
        output.WriteLine(string.Create(c, $"false flag rate:  {Ratio(cleanFlagged, clean):0.000} ({cleanFlagged}/{clean} clean comments flagged)"));
        output.WriteLine(string.Create(c, $"overruled:        {overruledLabelled + overruledClean} comment(s) a rule flagged and the learned backstop took back ({overruledClean} clean, {overruledLabelled} labelled)"));
        output.WriteLine($"misses ({misses.Count}):");
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }
        return errors > 0 ? 1 : 0;

        string Row(string name, int t, int f, int n)
        {
            var precision = Ratio(t, t + f);
            var recall = Ratio(t, t + n);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return string.Create(c, $"{name,-22} {t,4} {f,4} {n,4} {precision,9:0.000} {recall,7:0.000} {f1,6:0.000}");
        }
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1.0 : (double)numerator / denominator;
}
