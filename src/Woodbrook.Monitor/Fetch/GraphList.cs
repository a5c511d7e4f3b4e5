using System.Text.Json;

namespace Woodbrook.Monitor.Fetch;

/// <summary>One page of an edge. Items stay raw so that each is read on its own (one odd item never sinks the page)
/// and its exact JSON is kept as evidence.</summary>
internal sealed record GraphList(IReadOnlyList<JsonElement>? Data, GraphPaging? Paging);
