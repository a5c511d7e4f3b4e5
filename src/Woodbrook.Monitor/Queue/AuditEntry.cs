namespace Woodbrook.Monitor.Queue;

public sealed record AuditEntry(long Seq, DateTimeOffset At, string Actor, string Event, long? CaseId, string Detail, string PrevHash, string Hash);
