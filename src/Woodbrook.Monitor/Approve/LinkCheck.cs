namespace Woodbrook.Monitor.Approve;

/// <summary>What a token says, once its signature is checked. CaseId and Approver are only meaningful when Valid.</summary>
public sealed record LinkCheck(LinkStatus Status, long CaseId, string Approver, DateTimeOffset ExpiresAt);
