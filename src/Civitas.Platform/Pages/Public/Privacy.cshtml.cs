using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Pages.Public;

/// <summary>The information notice of RODO art. 13 for everything the portal collects.</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class PrivacyModel(PlatformDb db, ITenantContext tenant) : PageModel
{
    public Tenant Tenant { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var id = tenant.Require().Id;
        Tenant = await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == id, ct);
    }
}
