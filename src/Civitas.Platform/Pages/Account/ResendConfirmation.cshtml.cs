using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Civitas.Platform.Pages.Account;

/// <summary>Sends a new confirmation link. Answers the same whether or not the address has an
/// unconfirmed account, so the page cannot be used to find out who has one.</summary>
[EnableRateLimiting(PlatformModule.AccountRateLimit)]
internal sealed class ResendConfirmationModel(PlatformDb db, UserManager<User> users, IOutbox outbox, AccountEmails emails) : PageModel
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
        if (user is { EmailConfirmed: false })
        {
            outbox.Add(db, emails.Confirmation(user, await users.GenerateEmailConfirmationTokenAsync(user)));
            await db.SaveChangesAsync(ct);
        }
        return RedirectToPage("/Account/CheckMailbox", new { reason = CheckMailboxModel.Resend });
    }

    public sealed class InputModel
    {
        [Required, EmailAddress, StringLength(256)]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";
    }
}
