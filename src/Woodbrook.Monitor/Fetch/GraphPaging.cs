namespace Woodbrook.Monitor.Fetch;

/// <summary>Cursor paging. The end of a list is signalled only by a missing <see cref="Next"/>.</summary>
internal sealed record GraphPaging(GraphCursors? Cursors, string? Next, string? Previous);
