using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Pages.Account.Manage;
using Civitas.Platform.Resources;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Civitas.Platform.Pages.Account;

/// <summary>
/// Where the office and administration areas send a person whose sign-in lacks a second factor
/// (TwoFactorRedirectResultHandler). Without an authenticator yet: enrolment (QR code, key, first
/// code), then ten recovery codes shown once. With one: the code again (step-up). Either way the
/// sign-in cookie is re-issued with amr=mfa and the person continues where they were going.
/// </summary>
[Authorize]
[EnableRateLimiting(PlatformModule.AccountRateLimit)]
internal sealed class TwoFactorVerificationModel(
    PlatformDb db,
    UserManager<User> users,
    SignInManager<User> signIn,
    ITenantContext tenant,
    IStringLocalizer<AccountText> text) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>True: setting up the app; false: confirming the sign-in with a code.</summary>
    public bool Enrolling { get; private set; }
    public bool Required { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (user.TwoFactorEnabled && MultiFactorSignIn.IsSatisfied(User)) return LocalRedirect(PlatformEndpoints.SafeReturnUrl(ReturnUrl));
        await LoadAsync(user, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var code = OneTimeCode.Normalize(Input.Code);
        if (ModelState.IsValid && code is null) ModelState.AddModelError("Input.Code", text["Code.Format"]);
        if (!ModelState.IsValid)
        {
            await LoadAsync(user, ct);
            return Page();
        }
        var returnUrl = PlatformEndpoints.SafeReturnUrl(ReturnUrl);

        if (user.TwoFactorEnabled)
        {
            // Step-up: wrong codes count towards the lockout, as at sign-in.
            if (await users.IsLockedOutAsync(user)) return await LockedOutAsync();
            if (!await VerifyAsync(user, code!))
            {
                await users.AccessFailedAsync(user);
                if (await users.IsLockedOutAsync(user)) return await LockedOutAsync();
                ModelState.AddModelError("Input.Code", text["Login2fa.Invalid"]);
                await LoadAsync(user, ct);
                return Page();
            }
            await users.ResetAccessFailedCountAsync(user);
            await MultiFactorSignIn.SignInAsync(signIn, user, HttpContext);
            return LocalRedirect(returnUrl);
        }

        if (!await VerifyAsync(user, code!))
        {
            ModelState.AddModelError("Input.Code", text["TwoFactor.Enrol.Invalid"]);
            await LoadAsync(user, ct);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await MultiFactorSignIn.SignInAsync(signIn, user, HttpContext);
        RecoveryCodesModel.Show(TempData, codes);
        TempData["Status"] = text["TwoFactor.Enrol.Done"].Value;
        return RedirectToPage("/Account/Manage/RecoveryCodes", new { returnUrl });
    }

    private Task<bool> VerifyAsync(User user, string code)
        => users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);

    private async Task<IActionResult> LockedOutAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Lockout");
    }

    private async Task LoadAsync(User user, CancellationToken ct)
    {
        // The page shows a secret: keep it out of every cache. The same value the antiforgery token
        // of the page's forms sets, so it does not log a warning about overriding ours.
        Response.Headers.CacheControl = "no-cache, no-store";
        Enrolling = !user.TwoFactorEnabled;
        Required = await TwoFactorObligation.AppliesToAsync(db, user, ct);
        if (!Enrolling) return;

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key after reset.");
            // A new key changes the security stamp; renew the cookie so this session stays valid.
            await signIn.RefreshSignInAsync(user);
        }
        SharedKey = AuthenticatorKey.Grouped(key);
        AuthenticatorUri = AuthenticatorKey.Uri(users.Options.Tokens.AuthenticatorIssuer, tenant.Require().Name, user.Email!, key);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    public sealed class InputModel
    {
        [Required, StringLength(20)]
        [Display(Name = "Field.Code")]
        public string Code { get; set; } = "";
    }
}
