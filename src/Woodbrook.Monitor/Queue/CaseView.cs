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
    string? MetaReportRef = null)
{
    /// <summary>Whether the account may delete the comment: Graph says so per comment, and mentions on another
    /// account's Instagram media never are.</summary>
    public bool Removable => CanRemove != false;

    /// <summary>Whether the account may hide the comment (not on Facebook visitor posts, nor on mentions).</summary>
    public bool Hideable => CanHide != false;

    /// <summary>A mention of the Instagram account on someone else's media: it can be kept, escalated or reported to
    /// Instagram, never hidden or deleted by the account.</summary>
    public bool IsMention => Platform == Platform.Instagram && !Removable && !Hideable;

    /// <summary>What the comment is, for the approval page and email: "Facebook comment", or a mention named as such.</summary>
    public string Where => IsMention ? "Instagram mention on another account's post" : $"{Platform.Display()} comment";

    /// <summary>Whether <paramref name="decision"/> is one the platform will let the account carry out on this comment.</summary>
    public bool Allows(CaseDecision decision) => decision switch
    {
        CaseDecision.Delete or CaseDecision.DeleteWithGuidance => Removable,
        CaseDecision.Hide => Hideable,
        _ => true,
    };
}
