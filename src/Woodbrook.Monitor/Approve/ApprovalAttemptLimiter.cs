using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace Woodbrook.Monitor.Approve;

/// <summary>Counts failed link attempts (tampered, expired, unknown) per client address in a sliding window, so the
/// approval endpoint cannot be used to guess tokens. Valid links are never counted.</summary>
public sealed class ApprovalAttemptLimiter(IOptions<ApproveOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new();
    private readonly int _max = options.Value.MaxFailedAttempts;
    private readonly TimeSpan _window = options.Value.FailureWindow;

    public bool IsBlocked(IPAddress? address)
    {
        var key = address?.ToString() ?? "unknown";
        if (!_failures.TryGetValue(key, out var queue))
        {
            return false;
        }
        lock (queue)
        {
            Trim(queue);
            return queue.Count >= _max;
        }
    }

    public void RecordFailure(IPAddress? address)
    {
        var queue = _failures.GetOrAdd(address?.ToString() ?? "unknown", _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            Trim(queue);
            queue.Enqueue(time.GetUtcNow());
        }
    }

    private void Trim(Queue<DateTimeOffset> queue)
    {
        var cutoff = time.GetUtcNow() - _window;
        while (queue.Count > 0 && queue.Peek() < cutoff)
        {
            queue.Dequeue();
        }
    }
}
