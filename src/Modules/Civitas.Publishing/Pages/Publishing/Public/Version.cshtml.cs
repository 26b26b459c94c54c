using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Civitas.Publishing.Domain;
using Civitas.Publishing.Queries;
using Civitas.Publishing.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Civitas.Publishing.Pages.Publishing.Public;

/// <summary>An earlier (or the current) version of an entry, as it was published: the change register
/// keeps every version readable.</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class VersionModel(PublicationQueries queries, ITenantContext tenant) : PageModel
{
    public EntryDisplay Display { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CancellationToken ct)
    {
        var entry = await queries.EntryAsync(id, number, publicOnly: true, ct);
        if (entry is null) return NotFound();
        Display = new EntryDisplay(entry, tenant.Require().Name, n => PublicationUrls.Version(id, n), Office: false);
        return Page();
    }
}
