using Civitas.Platform.Ui;
using Civitas.Publishing.Domain;
using Civitas.Publishing.Queries;
using Civitas.Publishing.Resources;
using Civitas.Publishing.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Publishing.Pages.Publishing.Office;

/// <summary>Every entry of the tenant's register with its state (folder policy: Official of this tenant;
/// the tenant filter keeps other tenants' entries out).</summary>
internal sealed class IndexModel(PublicationQueries queries, IStringLocalizer<PublishingText> text) : PageModel
{
    public RegisterListModel List { get; private set; } = default!;

    public async Task OnGetAsync(
        [FromQuery(Name = RegisterFilterParser.CategoryField)] string? category,
        [FromQuery(Name = RegisterFilterParser.SearchField)] string? search,
        [FromQuery(Name = "page")] string? page,
        CancellationToken ct)
    {
        var filter = RegisterFilterParser.Parse(category, null, search, ModelState, text);
        var entries = await queries.AllAsync(filter, PageNumbers.From(RegisterFilterParser.Page(page), null), ct);
        List = new RegisterListModel(PublicationUrls.Office, false, entries, [], category, null, search, ModelState, Request, queries.Now);
    }
}
