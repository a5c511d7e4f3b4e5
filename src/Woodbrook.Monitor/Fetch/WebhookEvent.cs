namespace Woodbrook.Monitor.Fetch;

/// <summary>One change of a webhook delivery that concerns a comment (or an Instagram mention).
/// <see cref="AccountId"/> is the entry id: the Page or the Instagram account.</summary>
internal sealed record WebhookEvent(
    string Object,
    string Field,
    string AccountId,
    string ItemId,
    string Verb,
    string? PostId,
    string? ParentId,
    string? AuthorId,
    string? Message,
    DateTimeOffset? CreatedTime,
    bool? IsHidden);
