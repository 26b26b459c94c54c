using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Pages.Public;

/// <summary>The accessibility statement (deklaracja dostępności), generated from the tenant's data with
/// the elements and a11y-* ids of the ministry's structure (ustawa o dostępności cyfrowej, art. 10–12).</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class AccessibilityStatementModel(PlatformDb db, ITenantContext tenant, ILegalParameters legal, TimeProvider clock) : PageModel
{
    public Tenant Tenant { get; private set; } = default!;
    public string SiteUrl { get; private set; } = "";
    public int RequestDays { get; private set; }
    public int RequestMaxMonths { get; private set; }
    public string RequestBasis { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var id = tenant.Require().Id;
        Tenant = await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == id, ct);
        SiteUrl = $"{Request.Scheme}://{Request.Host}/";
        var today = WarsawTime.Today(clock);
        var days = await legal.GetAsync(LegalParameterKeys.AccessibilityRequestDays, today, ct);
        var months = await legal.GetAsync(LegalParameterKeys.AccessibilityRequestMaxMonths, today, ct);
        RequestDays = days.AsInt();
        RequestMaxMonths = months.AsInt();
        RequestBasis = days.LegalBasis;
    }
}
