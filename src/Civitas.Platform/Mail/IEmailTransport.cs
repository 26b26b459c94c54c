namespace Civitas.Platform.Mail;

/// <summary>Delivers a message (SMTP, or a pickup folder in development).</summary>
internal interface IEmailTransport
{
    Task SendAsync(EmailRequested message, CancellationToken ct);
}
