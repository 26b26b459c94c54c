using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Civitas.Platform.Mail;

internal static class MessageFactory
{
    public static MailMessage Create(EmailRequested request, MailOptions options)
    {
        var message = new MailMessage
        {
            From = new MailAddress(options.From, options.FromName, Encoding.UTF8),
            Subject = request.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = request.TextBody,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(request.To));
        if (request.HtmlBody is not null)
        {
            message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(request.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html));
        }
        return message;
    }
}
