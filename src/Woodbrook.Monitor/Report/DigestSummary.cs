using Woodbrook.Monitor.Classify;
using Woodbrook.Monitor.Queue;

namespace Woodbrook.Monitor.Report;

/// <summary>What the practice manager reads each morning: the period's activity, and everything still needing attention.
/// <see cref="OverruledByLabel"/> counts, per label, the comments a rule flagged that the learned backstop took back, so
/// were not queued. <see cref="Audit"/> is the audit chain as walked when the digest was composed, and
/// <see cref="AuditAnchorProblem"/> says what is wrong when the newest entry an earlier digest printed is gone or changed.</summary>
public sealed record DigestSummary(
    DateTimeOffset From,
    DateTimeOffset To,
    int NewComments,
    IReadOnlyDictionary<CommentLabel, int> FlaggedByLabel,
    IReadOnlyDictionary<string, int> Decisions,
    IReadOnlyDictionary<string, int> Actions,
    int Pending,
    int PendingOverOneDay,
    int FailedActions,
    int UnsentEmails,
    IReadOnlyList<string> SourceProblems,
    IReadOnlyDictionary<CommentLabel, (int Decided, int Kept)> OverturnsByLabel,
    IReadOnlyList<IReadOnlyList<long>> RepeatAuthors,
    IReadOnlyDictionary<CommentLabel, int> OverruledByLabel,
    AuditCheck Audit,
    string? AuditAnchorProblem);
