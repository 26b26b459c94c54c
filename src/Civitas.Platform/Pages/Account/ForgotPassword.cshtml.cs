using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Civitas.Platform.Pages.Account;

/// <summary>Asks for a password-reset link. The answer is the same whatever the address.</summary>
[EnableRateLimiting(PlatformModule.AccountRateLimit)]
internal sealed class ForgotPasswordModel(PlatformDb db, UserManager<User> users, IOutbox outbox, AccountEmails emails) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null)
        {
            // A reset link only to a confirmed address; an unconfirmed account gets the
            // confirmation link it is still missing (after which it can sign in with its password).
            outbox.Add(db, user.EmailConfirmed
                ? emails.PasswordReset(user, await users.GeneratePasswordResetTokenAsync(user))
                : emails.Confirmation(user, await users.GenerateEmailConfirmationTokenAsync(user)));
            await db.SaveChangesAsync(ct);
        }
        return RedirectToPage("/Account/CheckMailbox", new { reason = CheckMailboxModel.PasswordReset });
    }

    public sealed class InputModel
    {
        [Required, EmailAddress, StringLength(256)]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";
    }
}
