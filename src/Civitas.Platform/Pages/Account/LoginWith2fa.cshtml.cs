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

/// <summary>Second step of signing in: the code from the authenticator app.</summary>
[EnableRateLimiting(PlatformModule.AccountRateLimit)]
internal sealed class LoginWith2faModel(SignInManager<User> signIn, IStringLocalizer<AccountText> text, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // Only reachable between the password step and the code step.
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login", new { returnUrl = ReturnUrl }) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/Login", new { returnUrl = ReturnUrl });
        var code = OneTimeCode.Normalize(Input.Code);
        if (ModelState.IsValid && code is null) ModelState.AddModelError("Input.Code", text["Code.Format"]);
        if (!ModelState.IsValid) return Page();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code!, RememberMe, Input.RememberMachine);
        if (result.Succeeded)
        {
            PreferredCulture.ApplyAfterSignIn(HttpContext, user.PreferredCulture, clock);
            return LocalRedirect(PlatformEndpoints.SafeReturnUrl(ReturnUrl));
        }
        if (result.IsLockedOut) return RedirectToPage("/Account/Lockout");
        ModelState.AddModelError("Input.Code", text["Login2fa.Invalid"]);
        return Page();
    }

    public sealed class InputModel
    {
        [Required, StringLength(20)]
        [Display(Name = "Field.Code")]
        public string Code { get; set; } = "";

        [Display(Name = "Field.RememberMachine")]
        public bool RememberMachine { get; set; }
    }
}
