using Civitas.Organisations.Data;
using Civitas.Organisations.Search;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Civitas.Organisations.Pages.Organisations.Public;

/// <summary>The public directory: search that ignores case and Polish letters, filters, sorting,
/// paging, links to the map and the open-data exports. Anonymous answers are output-cached.</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class IndexModel(OrganisationsDb db, DirectorySearch search, TextLocator text, IOptions<OrganisationsOptions> options) : PageModel
{
    public DirectoryFilterForm Form { get; private set; } = null!;
    public DirectoryPage Results { get; private set; } = null!;
    public OrganisationsOptions Options => options.Value;

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        Form = await DirectoryFilterForm.ReadAsync(Request, db, text, ct);
        Results = await search.PageAsync(Form.Filter, PageNumbers.From(page, 20), ct);
    }
}
