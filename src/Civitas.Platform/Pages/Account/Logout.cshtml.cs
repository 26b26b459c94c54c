using Civitas.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Platform.Pages.Account;

/// <summary>Sign-out is a POST with an antiforgery token (a GET link could be triggered by any page).</summary>
internal sealed class LogoutModel(SignInManager<User> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
