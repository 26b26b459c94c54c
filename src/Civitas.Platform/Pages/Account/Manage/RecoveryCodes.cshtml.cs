using Civitas.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Civitas.Platform.Pages.Account.Manage;

/// <summary>Shows freshly generated recovery codes once. They travel from the generating POST in
/// TempData (an encrypted cookie read once), never in a URL.</summary>
internal sealed class RecoveryCodesModel : PageModel
{
    private const string Key = "RecoveryCodes";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public string ContinueUrl => PlatformEndpoints.SafeReturnUrl(ReturnUrl ?? "/konto/dwuetapowe");

    public static void Show(ITempDataDictionary tempData, IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Key] = string.Join(' ', codes);
    }

    public void OnGet()
    {
        // Secrets on the page: no cache may keep it. The value the antiforgery token of the layout's
        // sign-out form sets too, so it does not log a warning about overriding ours.
        Response.Headers.CacheControl = "no-cache, no-store";
        Codes = (TempData[Key] as string ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
