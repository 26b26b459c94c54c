using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Outbox;
using Civitas.Platform.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Civitas.Platform.Pages.Account;

/// <summary>
/// The link from the reset e-mail: a new password. Identity's defaults are kept on purpose: a reset
/// does not lift an active lockout (the new password works when the lockout ends, at most 15 minutes
/// later), so a stolen mailbox cannot be used to speed up password guessing either. The page says so.
/// </summary>
[EnableRateLimiting(PlatformModule.AccountRateLimit)]
internal sealed class ResetPasswordModel(
    PlatformDb db,
    UserManager<User> users,
    IOutbox outbox,
    AccountEmails emails,
    IOptions<IdentityOptions> identity,
    IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkMalformed => !Guid.TryParse(UserId, out _) || AccountEmails.DecodeToken(Code) is null;
    public int PasswordLength => identity.Value.Password.RequiredLength;
    public int PasswordUniqueChars => identity.Value.Password.RequiredUniqueChars;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (LinkMalformed) return Page();
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByIdAsync(UserId!);
        if (user is null)
        {
            ModelState.AddModelError("", text["Reset.LinkInvalid"]);
            return Page();
        }
        // Queued before the reset, so the notice commits with the new password or not at all.
        outbox.Add(db, emails.PasswordChanged(user));
        var result = await users.ResetPasswordAsync(user, AccountEmails.DecodeToken(Code)!, Input.Password);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                ModelState.AddModelError("", text["Reset.LinkInvalid"]);
            }
            IdentityErrorFields.AddTo(ModelState, result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.InvalidToken)), "Input.Password");
            return Page();
        }
        var locked = await users.IsLockedOutAsync(user);
        TempData["Status"] = (locked ? text["Reset.DoneLocked"] : text["Reset.Done"]).Value;
        return RedirectToPage("/Account/Login");
    }

    public sealed class InputModel
    {
        [Required, StringLength(200)]
        [Display(Name = "Field.NewPassword")]
        public string Password { get; set; } = "";

        [Required, Compare(nameof(Password))]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }
}
