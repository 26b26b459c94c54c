using Civitas.Organisations.Data;
using Civitas.Organisations.Search;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Civitas.Organisations.Pages.Organisations.Public;

/// <summary>The activity map with the directory's filters, and the same organisations as an
/// accessible list on the same page (a map always has a list beside it: WCAG 1.1.1, 2.1.1).</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class MapModel(OrganisationsDb db, DirectorySearch search, TextLocator text) : PageModel
{
    public DirectoryFilterForm Form { get; private set; } = null!;
    public DirectoryPage Results { get; private set; } = null!;
    public int WithoutLocation { get; private set; }

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        Form = await DirectoryFilterForm.ReadAsync(Request, db, text, ct);
        Results = await search.PageAsync(Form.Filter, PageNumbers.From(page, null, 50), ct);
        WithoutLocation = await search.CountWithoutLocationAsync(Form.Filter, ct);
    }
}
