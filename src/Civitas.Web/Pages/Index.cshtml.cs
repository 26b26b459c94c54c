using Civitas.Platform.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Civitas.Web.Pages;

[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
