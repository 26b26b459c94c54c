using Civitas.Platform.Identity;
using Civitas.Platform.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.Account;

/// <summary>The link from the confirmation e-mail. A GET, because that is what a link is; confirming
/// twice (a mail scanner opening it first) does no harm.</summary>
internal sealed class ConfirmEmailModel(UserManager<User> users, IStringLocalizer<AccountText> text) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        if (Guid.TryParse(userId, out var id)
            && AccountEmails.DecodeToken(code) is { } token
            && await users.FindByIdAsync(id.ToString()) is { } user
            && (await users.ConfirmEmailAsync(user, token)).Succeeded)
        {
            TempData["Status"] = text["Confirm.Done"].Value;
            return RedirectToPage("/Account/Login");
        }
        // Expired, mistyped or made up: one answer, with the way to a new link.
        return Page();
    }
}
