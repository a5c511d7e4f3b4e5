namespace Woodbrook.Monitor.GraphSandbox;

/// <summary>A moderation call the sandbox received: <c>delete</c>, <c>hide</c>, <c>unhide</c> or <c>private_reply</c>.</summary>
public sealed record SandboxAction(string Id, string Action, string Platform, DateTimeOffset At);
