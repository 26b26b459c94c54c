using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Platform.Pages.Office.LegalParameters;

/// <summary>The legal parameters in force today, read only, for officials (folder policy: Official);
/// administrators see the same table with editing in /admin/parametry-prawne.</summary>
internal sealed class IndexModel(LegalParameterOverview overview, TimeProvider clock) : PageModel
{
    public LegalParametersTable Table { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct)
        => Table = new LegalParametersTable(await overview.LoadAsync(ct), WarsawTime.Today(clock), CanEdit: false);
}
