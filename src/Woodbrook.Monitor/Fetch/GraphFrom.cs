namespace Woodbrook.Monitor.Fetch;

/// <summary>Who wrote something: Facebook gives <c>{id,name}</c>, Instagram <c>{id,username}</c>.</summary>
internal sealed record GraphFrom(string? Id, string? Name, string? Username);
