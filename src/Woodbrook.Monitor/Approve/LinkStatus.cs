namespace Woodbrook.Monitor.Approve;

public enum LinkStatus
{
    Valid,
    Expired,
    BadSignature,
    Malformed,
}
