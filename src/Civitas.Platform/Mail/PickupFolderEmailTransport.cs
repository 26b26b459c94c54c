using System.Net.Mail;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Civitas.Platform.Mail;

/// <summary>Development transport: each message becomes an .eml file in the pickup folder.</summary>
internal sealed class PickupFolderEmailTransport(IOptions<MailOptions> options, IHostEnvironment env) : IEmailTransport
{
    public async Task SendAsync(EmailRequested request, CancellationToken ct)
    {
        var o = options.Value;
        var dir = Path.IsPathRooted(o.PickupDirectory) ? o.PickupDirectory : Path.Combine(env.ContentRootPath, o.PickupDirectory);
        Directory.CreateDirectory(dir);
        using var message = MessageFactory.Create(request, o);
        using var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = dir };
        await client.SendMailAsync(message, ct);
    }
}
