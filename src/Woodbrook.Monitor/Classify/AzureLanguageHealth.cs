namespace Woodbrook.Monitor.Classify;

/// <summary>How the Azure AI Language calls have gone since start, for the daily digest: a failed or timed-out call
/// never passes a comment silently, it leaves the local verdict standing and is counted here. Register as a singleton.</summary>
public sealed class AzureLanguageHealth
{
    private long _calls;
    private long _failures;
    private long _timeouts;
    private long _throttled;

    public long Calls => Interlocked.Read(ref _calls);

    public long Failures => Interlocked.Read(ref _failures);

    public long Timeouts => Interlocked.Read(ref _timeouts);

    public long Throttled => Interlocked.Read(ref _throttled);

    internal void RecordCall() => Interlocked.Increment(ref _calls);

    internal void RecordFailure() => Interlocked.Increment(ref _failures);

    internal void RecordTimeout() => Interlocked.Increment(ref _timeouts);

    internal void RecordThrottled() => Interlocked.Increment(ref _throttled);
}
