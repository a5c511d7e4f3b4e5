namespace Woodbrook.Monitor.Fetch;

internal sealed record GraphErrorEnvelope(GraphError? Error);
