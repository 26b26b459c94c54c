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

namespace Civitas.Platform.Pages.Account.Manage;

/// <summary>Changes the password; the person is told by e-mail, in case it was not them.</summary>
[EnableRateLimiting(PlatformModule.AccountRateLimit)]
internal sealed class ChangePasswordModel(
    PlatformDb db,
    UserManager<User> users,
    SignInManager<User> signIn,
    IOutbox outbox,
    AccountEmails emails,
    IOptions<IdentityOptions> identity,
    IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int PasswordLength => identity.Value.Password.RequiredLength;
    public int PasswordUniqueChars => identity.Value.Password.RequiredUniqueChars;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid) return Page();
        outbox.Add(db, emails.PasswordChanged(user));
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            IdentityErrorFields.AddTo(ModelState, result.Errors, "Input.NewPassword", currentPasswordField: "Input.CurrentPassword");
            return Page();
        }
        // A new password sets a new security stamp: other sessions end, this one is renewed.
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = text["ChangePassword.Done"].Value;
        return RedirectToPage("/Account/Manage/Index");
    }

    public sealed class InputModel
    {
        [Required, StringLength(200)]
        [Display(Name = "Field.CurrentPassword")]
        public string CurrentPassword { get; set; } = "";

        [Required, StringLength(200)]
        [Display(Name = "Field.NewPassword")]
        public string NewPassword { get; set; } = "";

        [Required, Compare(nameof(NewPassword))]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }
}
