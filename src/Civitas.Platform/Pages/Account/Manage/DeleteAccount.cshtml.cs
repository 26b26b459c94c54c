using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Resources;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.Account.Manage;

/// <summary>RODO art. 17: the person deletes their own account, after typing the password.</summary>
[EnableRateLimiting(PlatformModule.AccountRateLimit)]
internal sealed class DeleteAccountModel(
    UserManager<User> users,
    SignInManager<User> signIn,
    DeleteAccountHandler handler,
    TextLocator texts,
    IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!Input.Confirm) ModelState.AddModelError("Input.Confirm", text["Delete.ConfirmRequired"]);
        if (!ModelState.IsValid) return Page();
        var result = await handler.HandleAsync(user, Input.Password, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, texts, GetType());
            return Page();
        }
        await signIn.SignOutAsync();
        TempData["Status"] = text["Delete.Done"].Value;
        return Redirect("/");
    }

    public sealed class InputModel
    {
        [Required, StringLength(200)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Field.ConfirmDeletion")]
        public bool Confirm { get; set; }
    }
}
