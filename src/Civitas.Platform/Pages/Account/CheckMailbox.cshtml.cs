using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Platform.Pages.Account;

/// <summary>"Check your mailbox" after registration, a resend or a password-reset request. The same
/// words whether or not the address has an account (no account enumeration).</summary>
internal sealed class CheckMailboxModel : PageModel
{
    public const string Registration = "rejestracja";
    public const string Resend = "ponownie";
    public const string PasswordReset = "haslo";

    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    public string TextKey => Reason switch
    {
        Registration => "CheckMailbox.Registration",
        PasswordReset => "CheckMailbox.PasswordReset",
        _ => "CheckMailbox.Resend",
    };

    public void OnGet()
    {
    }
}
