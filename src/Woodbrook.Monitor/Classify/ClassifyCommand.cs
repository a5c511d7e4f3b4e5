using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Woodbrook.Monitor.Classify;

/// <summary><c>classify --input FILE [--practice FILE] [--policy FILE]</c>: one JSON line out per JSON line in, same order.
/// A line that cannot be read gives an error object for it (and a message on stderr naming the line); the others are
/// still classified, and the exit code is 1 at the end.</summary>
internal static class ClassifyCommand
{
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static Command Create(IConfiguration configuration)
    {
        var input = new Option<string>("--input") { Description = "JSON Lines with id and text (also post, platform); - for stdin", Required = true };
        var practice = new Option<string?>("--practice") { Description = "A practice file shaped like shared/eval/practice.json (default: the Practice configuration)" };
        var policy = new Option<string?>("--policy") { Description = "A policy file (default: Classify:PolicyFile, else the built-in policy)" };
        var command = new Command("classify", "Classify comments with the local code-of-conduct rules") { input, practice, policy };
        command.SetAction(parse => CommandSupport.Guard(() =>
        {
            var classifier = CommentClassifier.Create(CommandSupport.Practice(configuration, parse.GetValue(practice)),
                CommandSupport.PolicyPath(parse.GetValue(policy), configuration));
            using var reader = CommandSupport.OpenInput(parse.GetValue(input)!);
            return Run(classifier, reader, Console.OpenStandardOutput(), Console.Error);
        }));
        return command;
    }

    internal static int Run(CommentClassifier classifier, TextReader reader, Stream output, TextWriter errors)
    {
        var failed = 0;
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        foreach (var (lineNumber, line, comment, error) in LabelledComment.ReadAll(reader))
        {
            if (comment is null)
            {
                failed++;
                errors.WriteLine($"line {lineNumber}: {error}");
                writer.WriteStartObject();
                var id = LabelledComment.TryReadId(line);
                if (id is null)
                {
                    writer.WriteNull("id");
                }
                else
                {
                    writer.WriteString("id", id);
                }
                writer.WriteNumber("line", lineNumber);
                writer.WriteString("error", error);
                writer.WriteEndObject();
                writer.Flush();
                output.WriteByte((byte)'\n');
                writer.Reset();
                continue;
            }
            var result = classifier.Classify(comment.ToComment());
            WriteResult(writer, comment.Id, result);
            writer.Flush();
            output.WriteByte((byte)'\n');
            writer.Reset();
        }
        output.Flush();
        if (failed > 0)
        {
            errors.WriteLine($"{failed} line(s) could not be classified.");
            return 1;
        }
        return 0;
    }

    internal static void WriteResult(Utf8JsonWriter writer, string id, Classification result)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        WriteLabels(writer, "labels", result.Labels);
        writer.WriteStartArray("evidence");
        foreach (var e in result.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("label", e.Label.ToWire());
            writer.WriteString("rule", e.Rule);
            writer.WriteString("text", e.Text);
            writer.WriteNumber("start", e.Start);
            writer.WriteNumber("length", e.Length);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (result.Overruled.Count > 0)
        {
            // the labels a rule gave that the learned backstop took back: why a comment a rule matched is not flagged
            WriteLabels(writer, "overruled", result.Overruled);
        }
        writer.WriteEndObject();
    }

    private static void WriteLabels(Utf8JsonWriter writer, string name, IReadOnlyList<CommentLabel> labels)
    {
        writer.WriteStartArray(name);
        foreach (var label in labels)
        {
            writer.WriteStringValue(label.ToWire());
        }
        writer.WriteEndArray();
    }
}
