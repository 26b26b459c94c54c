using Civitas.Platform.Tenancy;
using Civitas.Publishing.Domain;
using Civitas.Publishing.Queries;
using Civitas.Publishing.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Publishing.Pages.Publishing.Office;

/// <summary>An entry as officials see it: also scheduled entries and the content of withdrawn ones.
/// Another tenant's entry is not found (tenant filter).</summary>
internal sealed class EntryModel(PublicationQueries queries, ITenantContext tenant) : PageModel
{
    public EntryDisplay Display { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "wersja")] int? number, CancellationToken ct)
    {
        var entry = await queries.EntryAsync(id, number, publicOnly: false, ct);
        if (entry is null) return NotFound();
        Display = new EntryDisplay(entry, tenant.Require().Name, n => PublicationUrls.OfficeEntry(id, n), Office: true);
        return Page();
    }
}
