using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.Account.Manage;

/// <summary>
/// Two-factor sign-in of the signed-in person: status, new recovery codes, switching it off. Both
/// changes weaken or replace a second factor, so they need a sign-in that included one (else the
/// person is sent to confirm with a code first). Switching off is refused to anyone who must have it.
/// </summary>
internal sealed class TwoFactorModel(
    PlatformDb db,
    UserManager<User> users,
    SignInManager<User> signIn,
    IStringLocalizer<AccountText> text) : PageModel
{
    private const string Here = "/konto/dwuetapowe";

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!user.TwoFactorEnabled) return RedirectToPage();
        if (!MultiFactorSignIn.IsSatisfied(User)) return StepUp();
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorVerificationModel.RecoveryCodeCount) ?? [];
        RecoveryCodesModel.Show(TempData, codes);
        return RedirectToPage("/Account/Manage/RecoveryCodes", new { returnUrl = Here });
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!user.TwoFactorEnabled) return RedirectToPage();
        if (await TwoFactorObligation.AppliesToAsync(db, user, ct))
        {
            ModelState.AddModelError("", text["TwoFactor.Manage.CannotDisable"]);
            await LoadAsync(user, ct);
            return Page();
        }
        if (!MultiFactorSignIn.IsSatisfied(User)) return StepUp();
        await users.SetTwoFactorEnabledAsync(user, false);
        // Forget the old app and codes: switching it on again starts from a new key.
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await signIn.ForgetTwoFactorClientAsync();
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = text["TwoFactor.Manage.Disabled"].Value;
        return RedirectToPage();
    }

    private RedirectResult StepUp() => Redirect("/konto/weryfikacja-dwuetapowa?returnUrl=" + Uri.EscapeDataString(Here));

    private async Task LoadAsync(User user, CancellationToken ct)
    {
        Enabled = user.TwoFactorEnabled;
        Required = await TwoFactorObligation.AppliesToAsync(db, user, ct);
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
    }
}
