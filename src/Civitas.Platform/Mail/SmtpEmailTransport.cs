using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Civitas.Platform.Mail;

internal sealed class SmtpEmailTransport(IOptions<MailOptions> options) : IEmailTransport
{
    public async Task SendAsync(EmailRequested request, CancellationToken ct)
    {
        var o = options.Value;
        using var message = MessageFactory.Create(request, o);
        using var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(o.UserName)) client.Credentials = new NetworkCredential(o.UserName, o.Password);
        await client.SendMailAsync(message, ct);
    }
}
