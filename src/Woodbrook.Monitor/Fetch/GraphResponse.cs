namespace Woodbrook.Monitor.Fetch;

/// <summary>A Graph answer, classified. <see cref="Body"/> is kept for the audit log; it is never logged.</summary>
internal sealed record GraphResponse(int Status, string Body, GraphError? Error, GraphFailure? Failure)
{
    public bool Succeeded => Failure is null;
}
