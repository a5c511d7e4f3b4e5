namespace Woodbrook.Monitor.GraphSandbox;

internal sealed class SandboxComment
{
    public required string Id { get; init; }

    public required string Platform { get; init; }

    /// <summary>The post or media the comment is on.</summary>
    public required string ObjectId { get; init; }

    /// <summary>The comment this replies to; null for a top-level comment.</summary>
    public string? ParentId { get; init; }

    public required string Text { get; set; }

    public required string AuthorId { get; init; }

    public required string AuthorName { get; init; }

    public required DateTimeOffset Created { get; init; }

    public bool Hidden { get; set; }

    public bool Deleted { get; set; }

    public bool CanHide { get; init; } = true;

    public bool PrivatelyReplied { get; set; }

    /// <summary>Order of creation, the tie-breaker when two comments share a second.</summary>
    public long Sequence { get; init; }
}
