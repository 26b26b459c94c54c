namespace Civitas.Platform.Mail;

/// <summary>Outbox command: send one e-mail. Written in the same transaction as the change that
/// needs it, so an account is never created without its confirmation mail being queued.</summary>
public sealed record EmailRequested(string To, string Subject, string TextBody, string? HtmlBody = null);
