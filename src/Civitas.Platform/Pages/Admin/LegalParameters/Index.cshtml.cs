using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Pages.Office.LegalParameters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Platform.Pages.Admin.LegalParameters;

/// <summary>The legal parameters of the current tenant with a "new version" link per key (folder policy: TenantAdmin).</summary>
internal sealed class IndexModel(LegalParameterOverview overview, TimeProvider clock) : PageModel
{
    public LegalParametersTable Table { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct)
        => Table = new LegalParametersTable(await overview.LoadAsync(ct), WarsawTime.Today(clock), CanEdit: true);
}
