using System.Globalization;
using System.Text;
using Civitas.Platform.Calendar;
using Civitas.Platform.Mail;
using Civitas.Platform.Resources;
using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Identity;

/// <summary>
/// Writes the account e-mails (address confirmation, password reset, password changed) in the
/// language of the current request, signed with the tenant's name, with absolute links to the host
/// the person is using. That host is trustworthy: the tenant was resolved from it, and a host no
/// tenant claims never reaches these pages.
/// </summary>
internal sealed class AccountEmails(IStringLocalizer<AccountText> text, ITenantContext tenant, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>The link token for a URL (Identity's tokens are Base64, which needs escaping).</summary>
    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token from a link, or null when the code is not valid Base64url.</summary>
    public static string? DecodeToken(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public EmailRequested Confirmation(User user, string token)
    {
        ArgumentNullException.ThrowIfNull(user);
        var portal = tenant.Require().Name;
        var link = Link($"/konto/potwierdz?userId={user.Id}&code={EncodeToken(token)}");
        var hours = Hours(EmailConfirmationTokenProvider.Validity);
        return Message(user, text["Mail.Confirm.Subject", portal],
            text["Mail.Confirm.Intro", portal],
            link,
            text["Mail.Confirm.Expiry", hours, Link("/konto/wyslij-ponownie")],
            text["Mail.Confirm.NotYou", (int)UnconfirmedAccountsCleanupJob.Grace.TotalDays]);
    }

    public EmailRequested PasswordReset(User user, string token)
    {
        ArgumentNullException.ThrowIfNull(user);
        var portal = tenant.Require().Name;
        var link = Link($"/konto/nowe-haslo?userId={user.Id}&code={EncodeToken(token)}");
        var hours = Hours(PasswordResetTokenProvider.Validity);
        return Message(user, text["Mail.Reset.Subject", portal],
            text["Mail.Reset.Intro", portal],
            link,
            text["Mail.Reset.Expiry", hours],
            text["Mail.Reset.NotYou"]);
    }

    public EmailRequested PasswordChanged(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var portal = tenant.Require().Name;
        var when = WarsawTime.ToLocal(clock.GetUtcNow()).ToString("g", CultureInfo.CurrentCulture);
        return Message(user, text["Mail.PasswordChanged.Subject", portal],
            text["Mail.PasswordChanged.Text", portal, when],
            text["Mail.PasswordChanged.NotYou", Link("/konto/nie-pamietam-hasla")]);
    }

    private EmailRequested Message(User user, string subject, params string[] paragraphs)
    {
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Account e-mails are written while handling a request.");
        var body = new StringBuilder()
            .Append(text["Mail.Greeting", user.DisplayName].Value).Append("\n\n");
        foreach (var p in paragraphs) body.Append(p).Append("\n\n");
        body.Append("-- \n").Append(text["Mail.Signature", tenant.Require().Name, request.Host.Host].Value).Append('\n');
        return new EmailRequested(user.Email!, subject, body.ToString());
    }

    private string Link(string pathAndQuery)
    {
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Account e-mails are written while handling a request.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";
    }

    private static int Hours(TimeSpan lifespan) => (int)lifespan.TotalHours;
}
