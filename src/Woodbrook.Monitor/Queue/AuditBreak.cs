namespace Woodbrook.Monitor.Queue;

/// <summary>The first place the audit chain is broken.</summary>
public sealed record AuditBreak(long Seq, string Description);
