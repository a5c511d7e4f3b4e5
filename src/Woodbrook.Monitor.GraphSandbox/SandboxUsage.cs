namespace Woodbrook.Monitor.GraphSandbox;

/// <summary>The usage the sandbox reports in <c>X-App-Usage</c> and <c>X-Business-Use-Case-Usage</c> (percentages), and
/// the minutes until a throttled account regains access.</summary>
public sealed record SandboxUsage(int CallCount, int TotalCpuTime, int TotalTime, int EstimatedMinutesToRegainAccess);
