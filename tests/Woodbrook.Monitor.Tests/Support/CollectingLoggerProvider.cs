using System.Collections.Concurrent;

namespace Woodbrook.Monitor.Tests.Support;

/// <summary>Keeps every log record, so tests can assert on event ids and check what was (never) written.</summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> _records = new();

    public IReadOnlyList<LogRecord> Records => _records.ToList();

    public IReadOnlyList<LogRecord> WithId(int eventId) => _records.Where(r => r.EventId == eventId).ToList();

    public ILogger CreateLogger(string categoryName) => new Collecting(this, categoryName);

    public void Dispose()
    {
    }

    internal sealed record LogRecord(string Category, LogLevel Level, int EventId, string Message, Exception? Exception);

    private sealed class Collecting(CollectingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._records.Enqueue(new LogRecord(category, logLevel, eventId.Id, formatter(state, exception), exception));
    }
}
