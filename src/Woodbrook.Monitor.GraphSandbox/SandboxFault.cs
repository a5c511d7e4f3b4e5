namespace Woodbrook.Monitor.GraphSandbox;

/// <summary>A fault the sandbox answers with instead of the normal response, for the next <see cref="Times"/> Graph
/// requests whose path contains <see cref="PathContains"/> (null = any). Sent as JSON to <c>POST /_sandbox/faults</c>
/// with snake_case names.</summary>
public sealed record SandboxFault
{
    public string? PathContains { get; init; }

    /// <summary>HTTP status of the faulty response.</summary>
    public int Status { get; init; } = 400;

    /// <summary>Graph error code; null with <see cref="RawBody"/> null gives a body-less response.</summary>
    public int? Code { get; init; }

    public int? Subcode { get; init; }

    public bool? IsTransient { get; init; }

    public string? Message { get; init; }

    /// <summary>A body sent verbatim instead of a Graph error (a malformed response, an HTML error page).</summary>
    public string? RawBody { get; init; }

    public int? RetryAfterSeconds { get; init; }

    /// <summary>How many requests the fault answers; -1 = until cleared.</summary>
    public int Times { get; init; } = 1;
}
