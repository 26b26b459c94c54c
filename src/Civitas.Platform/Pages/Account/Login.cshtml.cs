using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Identity;
using Civitas.Platform.Resources;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Civitas.Platform.Pages.Account;

[EnableRateLimiting(PlatformModule.AccountRateLimit)]
internal sealed class LoginModel(
    SignInManager<User> signIn,
    UserManager<User> users,
    IOptions<DemoOptions> demo,
    IEnumerable<IDemoAccountSource> demoSources,
    IStringLocalizerFactory localizers,
    IStringLocalizer<AccountText> text,
    ITenantContext tenant,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Right password, but the address is not confirmed yet: the page offers a new link.</summary>
    public bool NotConfirmed { get; private set; }

    public IReadOnlyList<DemoRow> DemoAccounts { get; private set; } = [];
    public string DemoPassword => demo.Value.Password;

    public void OnGet() => LoadDemo();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            LoadDemo();
            return Page();
        }
        var returnUrl = PlatformEndpoints.SafeReturnUrl(ReturnUrl);
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            // Spend the time a real check takes, so the answer's timing does not tell whether the
            // address has an account.
            users.PasswordHasher.HashPassword(new User(), Input.Password);
            return Invalid();
        }
        if (!user.EmailConfirmed)
        {
            // Identity refuses unconfirmed accounts before it looks at the password; say why only to
            // someone who knows the password, and count wrong guesses towards the lockout all the same.
            if (await users.IsLockedOutAsync(user)) return RedirectToPage("/Account/Lockout");
            if (await users.CheckPasswordAsync(user, Input.Password))
            {
                NotConfirmed = true;
                ModelState.AddModelError("", text["Login.NotConfirmed"]);
                LoadDemo();
                return Page();
            }
            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user) ? RedirectToPage("/Account/Lockout") : Invalid();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            PreferredCulture.ApplyAfterSignIn(HttpContext, user.PreferredCulture, clock);
            return LocalRedirect(returnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { returnUrl, rememberMe = Input.RememberMe });
        }
        if (result.IsLockedOut) return RedirectToPage("/Account/Lockout");
        return Invalid();
    }

    private PageResult Invalid()
    {
        // One message for an unknown address and a wrong password: no account enumeration.
        ModelState.AddModelError("", text["Login.Invalid"]);
        LoadDemo();
        return Page();
    }

    private void LoadDemo()
    {
        // The demo accounts belong to the demo tenant; other tenants of a demo installation do not list them.
        if (!demo.Value.Enabled || tenant.Current?.Slug != DemoSeeder.DemoSlug) return;
        DemoAccounts = demoSources.SelectMany(s => s.Accounts.Select(a => (a, s.ResourceType)))
            .OrderBy(x => x.a.Order)
            .Select(x => new DemoRow(x.a.Email, x.a.DisplayName, localizers.Create(x.ResourceType)[x.a.RoleTextKey]))
            .ToList();
    }

    public sealed record DemoRow(string Email, string Name, string Role);

    public sealed class InputModel
    {
        [Required, EmailAddress, StringLength(256)]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";

        [Required, StringLength(200)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Field.RememberMe")]
        public bool RememberMe { get; set; }
    }
}
