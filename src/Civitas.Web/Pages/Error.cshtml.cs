using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Web.Pages;

/// <summary>Error pages in the user's language for 400, 403, 404, 413, 429 and 500. Reached through
/// status-code re-execution, so the original URL stays in the address bar.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
internal sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string Kind { get; private set; } = "500";
    public string? RequestId { get; private set; }

    public void OnGet(int code) => Set(code);

    public void OnPost(int code) => Set(code);

    private void Set(int code)
    {
        Code = code;
        Kind = code switch
        {
            400 => "400",
            401 or 403 => "403",
            404 or 405 => "404",
            413 => "413",
            429 => "429",
            >= 500 => "500",
            _ => "400",
        };
        RequestId = code >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;
        // Direct visits to /blad/404 answer with the status they describe.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is null)
        {
            Response.StatusCode = code is >= 400 and < 600 ? code : 404;
        }
    }
}
