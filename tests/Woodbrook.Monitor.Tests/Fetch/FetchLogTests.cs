using Woodbrook.Monitor.Fetch;

namespace Woodbrook.Monitor.Tests.Fetch;

public class FetchLogTests
{
    /// <summary>Serilog renders a line from its template and the named values, so every placeholder needs a value of
    /// the same name, or the log shows "{New} new" instead of the count.</summary>
    [Fact]
    public void Fetched_EveryPlaceholderHasANamedValue()
    {
        var logger = new StateLogger();
        logger.Fetched("facebook", Platform.Facebook, 3, 1, 7, 1, 0, 6, 6, 12.5);

        var values = logger.State!.ToDictionary(kv => kv.Key, kv => kv.Value);
        var template = (string)values["{OriginalFormat}"]!;
        foreach (var placeholder in System.Text.RegularExpressions.Regex.Matches(template, @"\{(\w+)\}").Select(m => m.Groups[1].Value))
        {
            Assert.True(values.ContainsKey(placeholder), $"no value named {placeholder} in [{string.Join(", ", values.Keys)}]");
        }
        Assert.Equal(3, values.Single(kv => kv.Key != "{OriginalFormat}" && template.Contains("{" + kv.Key + "} new", StringComparison.Ordinal)).Value);
    }

    private sealed class StateLogger : ILogger
    {
        public IReadOnlyList<KeyValuePair<string, object?>>? State { get; private set; }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            State = state as IReadOnlyList<KeyValuePair<string, object?>>;
    }
}
