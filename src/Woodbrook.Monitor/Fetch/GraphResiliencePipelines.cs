using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Woodbrook.Monitor.Fetch;

/// <summary>One Polly pipeline per source (a singleton, so circuit state outlives the transient HttpClients): retry with
/// jittered exponential backoff honouring <c>Retry-After</c>, then a circuit breaker, then a timeout per attempt.
/// Only transient failures are retried; a dead token (190) or a throttle never is.</summary>
internal sealed class GraphResiliencePipelines(IOptions<FetchOptions> options, TimeProvider time, ILogger<GraphResiliencePipelines> logger)
{
    private readonly FetchOptions _options = options.Value;
    private readonly ConcurrentDictionary<(string, bool), ResiliencePipeline<HttpResponseMessage>> _pipelines = new();

    public ResiliencePipeline<HttpResponseMessage> For(string source, bool idempotent) =>
        _pipelines.GetOrAdd((source, idempotent), key => Build(key.Item1, key.Item2));

    private ResiliencePipeline<HttpResponseMessage> Build(string source, bool retry)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (retry && _options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                MaxDelay = _options.RetryMaxDelay,
                // An open circuit is not retried: the point of it is to stop calling.
                ShouldHandle = args => args.Outcome.Exception is BrokenCircuitException ? ValueTask.FromResult(false) : IsTransientAsync(args.Outcome),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    logger.GraphRetry(source, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, (int?)args.Outcome.Result?.StatusCode ?? 0, args.Outcome.Exception);
                    return ValueTask.CompletedTask;
                },
            });
        }
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = 0.5,
            MinimumThroughput = 4,
            SamplingDuration = TimeSpan.FromMinutes(2),
            BreakDuration = _options.BreakDuration,
            ShouldHandle = args => IsTransientAsync(args.Outcome),
            OnOpened = args =>
            {
                logger.CircuitOpened(source, args.BreakDuration.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                logger.CircuitClosed(source);
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(_options.RequestTimeout);
        return builder.Build();
    }

    private TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var retryAfter = response?.Headers.RetryAfter;
        TimeSpan? delay = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        if (delay is null)
        {
            return null;
        }
        var capped = delay.Value < TimeSpan.Zero ? TimeSpan.Zero : delay.Value;
        return capped > _options.RetryMaxDelay ? _options.RetryMaxDelay : capped;
    }

    /// <summary>5xx, or a Graph error that says it is transient (<c>is_transient</c>, codes 1 and 2), or the network or
    /// the per-attempt timeout. Code 190 never is, whatever the status.</summary>
    public static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }
        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        if (status < 400)
        {
            return false;
        }
        await response.Content.LoadIntoBufferAsync();
        var error = ParseError(await response.Content.ReadAsStringAsync());
        return IsTransient(status, error);
    }

    public static bool IsTransient(int status, GraphError? error)
    {
        if (error is not null)
        {
            if (error.Code is 190 or 102)
            {
                return false;
            }
            if (error.IsTransient == true)
            {
                return true;
            }
            // 1/2853006 is a permission problem (New Pages Experience), not an outage.
            if (error.Code is 1 or 2 && error.IsTransient != false && error.ErrorSubcode != 2853006)
            {
                return true;
            }
        }
        return status >= 500;
    }

    public static GraphError? ParseError(string body)
    {
        if (body.Length == 0 || body[0] != '{')
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(body, GraphJsonContext.Default.GraphErrorEnvelope)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
