using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Platform.Pages.Account;

internal sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
}
