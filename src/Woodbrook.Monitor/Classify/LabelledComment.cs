using System.Text.Json;
using Woodbrook.Monitor.Fetch;

namespace Woodbrook.Monitor.Classify;

/// <summary>One line of a JSON Lines file for <c>classify</c> or <c>evaluate</c> (the shape of shared/eval/dev.jsonl).</summary>
internal sealed record LabelledComment(string Id, string Text, string? Post, Platform? Platform, IReadOnlyList<CommentLabel>? Labels)
{
    public CommentToClassify ToComment() => new(Text, Post, Platform);

    /// <summary>Parses one line; throws <see cref="FormatException"/> with a reason fit for an error message.</summary>
    public static LabelledComment Parse(string line)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not valid JSON ({ex.Message})", ex);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("expected a JSON object");
            }
            var id = root.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            } : null;
            if (string.IsNullOrEmpty(id))
            {
                throw new FormatException("missing \"id\"");
            }
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"id {id}: missing \"text\" (a string)");
            }
            var post = root.TryGetProperty("post", out var postElement) && postElement.ValueKind == JsonValueKind.String ? postElement.GetString() : null;
            Platform? platform = root.TryGetProperty("platform", out var p) && p.ValueKind == JsonValueKind.String
                ? p.GetString() switch { "facebook" => Fetch.Platform.Facebook, "instagram" => Fetch.Platform.Instagram, _ => null }
                : null;
            List<CommentLabel>? labels = null;
            if (root.TryGetProperty("labels", out var labelsElement) && labelsElement.ValueKind == JsonValueKind.Array)
            {
                labels = [];
                foreach (var l in labelsElement.EnumerateArray())
                {
                    if (!CommentLabels.TryParse(l.GetString(), out var label))
                    {
                        throw new FormatException($"id {id}: unknown label {l.GetRawText()}");
                    }
                    labels.Add(label.Value);
                }
            }
            return new LabelledComment(id, textElement.GetString()!, post, platform, labels);
        }
    }

    /// <summary>Every non-blank line of a JSON Lines input, numbered from 1 (blank lines count), with the comment it
    /// holds or, when it does not parse, the reason (fit for an error message).</summary>
    public static IEnumerable<(int Number, string Line, LabelledComment? Comment, string? Error)> ReadAll(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            LabelledComment? comment = null;
            string? error = null;
            try
            {
                comment = Parse(line);
            }
            catch (FormatException ex)
            {
                error = ex.Message;
            }
            yield return (number, line, comment, error);
        }
    }

    /// <summary>The id of a line that failed to parse, when it can still be read, so an error can name it.</summary>
    public static string? TryReadId(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
