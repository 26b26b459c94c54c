using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Platform.Pages.Account;

internal sealed class LockoutModel : PageModel
{
    public void OnGet()
    {
    }
}
