using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Platform.Pages.Admin;

/// <summary>Administration home of the tenant (folder policy: TenantAdmin).</summary>
internal sealed class IndexModel(ITenantContext tenant) : PageModel
{
    public string TenantName { get; private set; } = "";

    public void OnGet() => TenantName = tenant.Require().Name;
}
