namespace Woodbrook.Monitor.Fetch;

/// <summary>The <c>error</c> object of a Graph response. Classify on <see cref="Code"/>.</summary>
internal sealed record GraphError(
    string? Message,
    string? Type,
    int Code,
    int? ErrorSubcode,
    bool? IsTransient,
    string? ErrorUserTitle,
    string? ErrorUserMsg,
    string? FbtraceId);
