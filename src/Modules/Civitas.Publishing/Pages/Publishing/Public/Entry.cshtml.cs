using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Civitas.Publishing.Domain;
using Civitas.Publishing.Queries;
using Civitas.Publishing.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Civitas.Publishing.Pages.Publishing.Public;

/// <summary>A published entry: content, attachments, metadata (art. 8 ust. 6), redactions (art. 8 ust. 5)
/// and the change register. Another tenant's entry, or one not shown yet, is not found.</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class EntryModel(PublicationQueries queries, ITenantContext tenant) : PageModel
{
    public EntryDisplay Display { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var entry = await queries.EntryAsync(id, null, publicOnly: true, ct);
        if (entry is null) return NotFound();
        Display = new EntryDisplay(entry, tenant.Require().Name, n => PublicationUrls.Version(id, n), Office: false);
        return Page();
    }
}
