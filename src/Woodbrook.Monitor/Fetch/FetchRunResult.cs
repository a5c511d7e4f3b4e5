namespace Woodbrook.Monitor.Fetch;

/// <summary>What one run of one source came to. <see cref="Failed"/> counts items that could not be read or stored; their
/// posts are read again next cycle.</summary>
internal sealed record FetchRunResult(
    string Source,
    FetchRunStatus Status,
    int PostsListed,
    int PostsRead,
    int New,
    int Edited,
    int Unchanged,
    int SkippedOwn,
    int Failed,
    string? Detail);
