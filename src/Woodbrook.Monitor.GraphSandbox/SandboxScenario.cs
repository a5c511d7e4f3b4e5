using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Woodbrook.Monitor.GraphSandbox;

/// <summary>The sandbox's scenario file: a Page, its linked Instagram account, their posts and comments. Times are
/// given as minutes before the sandbox starts, so a scenario never ages out of the fetcher's backfill window.</summary>
internal sealed record SandboxScenario
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required Account Page { get; init; }

    public required Account Instagram { get; init; }

    public string AccessToken { get; init; } = "sandbox-page-token";

    public IReadOnlyList<Post> Posts { get; init; } = [];

    public IReadOnlyList<Post> Media { get; init; } = [];

    public static SandboxScenario Parse(string? json)
    {
        if (json is null)
        {
            var assembly = Assembly.GetExecutingAssembly();
            var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Scenarios.sample.json", StringComparison.Ordinal));
            using var stream = assembly.GetManifestResourceStream(name)!;
            return JsonSerializer.Deserialize<SandboxScenario>(stream, Json) ?? throw new InvalidDataException("Empty scenario.");
        }
        return JsonSerializer.Deserialize<SandboxScenario>(json, Json) ?? throw new InvalidDataException("Empty scenario.");
    }

    internal sealed record Account(string Id, string Name);

    internal sealed record Post
    {
        public string? Id { get; init; }

        public string? Message { get; init; }

        public double MinutesAgo { get; init; }

        /// <summary>A visitor's post on the Page (Facebook only); <see cref="Author"/> is the visitor.</summary>
        public bool Visitor { get; init; }

        public string? Author { get; init; }

        public IReadOnlyList<Comment> Comments { get; init; } = [];
    }

    internal sealed record Comment
    {
        public string? Id { get; init; }

        public required string Text { get; init; }

        /// <summary>The commenter's display name (Instagram: username); "page" = the Page or account itself.</summary>
        public string Author { get; init; } = "A Patient";

        public double MinutesAgo { get; init; }

        public bool Hidden { get; init; }

        public IReadOnlyList<Comment> Replies { get; init; } = [];
    }
}
