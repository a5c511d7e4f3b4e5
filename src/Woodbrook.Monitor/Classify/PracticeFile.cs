using System.Text.Json;
using System.Text.Json.Serialization;

namespace Woodbrook.Monitor.Classify;

/// <summary>Reads a practice file shaped like shared/eval/practice.json.</summary>
public static class PracticeFile
{
    public static PracticeOptions Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    public static PracticeOptions Parse(Stream json, string nameForErrors)
    {
        PracticeDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize(json, PracticeJsonContext.Default.PracticeDocument);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{nameForErrors}: not a valid practice file (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
        if (doc is null || string.IsNullOrWhiteSpace(doc.Practice))
        {
            throw new InvalidDataException($"{nameForErrors}: a practice file needs at least \"practice\" and \"staff\".");
        }
        return new PracticeOptions
        {
            Practice = doc.Practice,
            Website = doc.Website,
            ComplaintsProcedure = doc.ComplaintsProcedure ?? "",
            Staff = (doc.Staff ?? []).Select(s => new StaffMember { Name = s.Name ?? "", Role = s.Role ?? "", Aliases = s.Aliases ?? [] })
                .Where(s => s.Name.Length > 0).ToList(),
        };
    }
}

internal sealed record PracticeDocument(string? Practice, string? Website, IReadOnlyList<StaffDocument>? Staff, string? ComplaintsProcedure);

internal sealed record StaffDocument(string? Name, string? Role, List<string>? Aliases);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(PracticeDocument))]
internal sealed partial class PracticeJsonContext : JsonSerializerContext;
