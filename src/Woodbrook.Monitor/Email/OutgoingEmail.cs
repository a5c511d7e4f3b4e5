namespace Woodbrook.Monitor.Email;

/// <summary>An email as the outbox keeps it. <see cref="Subject"/> never carries comment text (it shows on lock
/// screens and in mail server logs); bodies carry it HTML-escaped. <see cref="Link"/> is the approval link an
/// approval email carries.</summary>
public sealed record OutgoingEmail(string Kind, string Recipient, string Subject, string TextBody, string? HtmlBody, long? CaseId = null, string? Link = null);
