namespace Woodbrook.Monitor.Queue;

/// <summary>The audit chain as walked: how many entries, the newest one's number and hash (null and the genesis hash
/// when empty), and the first break if any.</summary>
public sealed record AuditCheck(int Entries, long? LastSeq, string LastHash, AuditBreak? Break)
{
    /// <summary>How many hex digits of the newest hash a digest prints: enough that forging a matching entry is out of reach.</summary>
    public const int FingerprintLength = 16;

    public string Fingerprint => LastHash[..FingerprintLength];
}
