using Woodbrook.Monitor.Classify;
using Woodbrook.Monitor.Fetch;

namespace Woodbrook.Monitor.Queue;

/// <summary>A case with the comment it is about, as the approval page, the emails and the act stage need it.</summary>
public sealed record CaseView(
    long Id,
    CaseState State,
    IReadOnlyList<CommentLabel> Labels,
    IReadOnlyList<Evidence> Evidence,
    DateTimeOffset CreatedAt,
    CaseDecision? Decision,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Reason,
    long CommentRow,
    string SourceName,
    Platform Platform,
    string CommentId,
    string PostId,
    string? PostText,
    string Text,
    string? AuthorId,
    string? AuthorName,
    string? Permalink,
    DateTimeOffset CommentCreated,
    bool IsHidden,
    bool? CanHide,
    bool? CanRemove,
    string RawJson,
    string? MetaReportRef = null);
