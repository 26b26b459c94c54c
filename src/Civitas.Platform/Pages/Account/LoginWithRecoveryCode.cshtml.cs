using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Identity;
using Civitas.Platform.Resources;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.Account;

/// <summary>Second step of signing in with a one-time recovery code instead of the app (lost phone).</summary>
[EnableRateLimiting(PlatformModule.AccountRateLimit)]
internal sealed class LoginWithRecoveryCodeModel(SignInManager<User> signIn, UserManager<User> users, IStringLocalizer<AccountText> text, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
        => await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login", new { returnUrl = ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/Login", new { returnUrl = ReturnUrl });
        if (!ModelState.IsValid) return Page();
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(OneTimeCode.NormalizeRecoveryCode(Input.RecoveryCode));
        if (result.Succeeded)
        {
            PreferredCulture.ApplyAfterSignIn(HttpContext, user.PreferredCulture, clock);
            var left = await users.CountRecoveryCodesAsync(user);
            TempData["Status"] = text["Recovery.Used", left].Value;
            TempData["StatusKind"] = "warning";
            return LocalRedirect(PlatformEndpoints.SafeReturnUrl(ReturnUrl));
        }
        if (result.IsLockedOut) return RedirectToPage("/Account/Lockout");
        ModelState.AddModelError("Input.RecoveryCode", text["Recovery.Invalid"]);
        return Page();
    }

    public sealed class InputModel
    {
        [Required, StringLength(40)]
        [Display(Name = "Field.RecoveryCode")]
        public string RecoveryCode { get; set; } = "";
    }
}
