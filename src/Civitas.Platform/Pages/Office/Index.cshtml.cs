using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Platform.Pages.Office;

/// <summary>The official's desk: the entry to every module's office pages (folder policy: Official).</summary>
internal sealed class IndexModel(ITenantContext tenant) : PageModel
{
    public string TenantName { get; private set; } = "";

    public void OnGet() => TenantName = tenant.Require().Name;
}
