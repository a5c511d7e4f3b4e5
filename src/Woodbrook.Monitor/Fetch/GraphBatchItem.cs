namespace Woodbrook.Monitor.Fetch;

/// <summary>One answer in a batch response. <see cref="Body"/> is JSON inside a string and is parsed a second time.</summary>
internal sealed record GraphBatchItem(int Code, IReadOnlyList<GraphBatchHeader>? Headers, string? Body);
