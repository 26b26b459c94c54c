using Civitas.Platform.Tenancy;
using Civitas.Platform.Ui;
using Civitas.Platform.Web;
using Civitas.Publishing.Domain;
using Civitas.Publishing.Queries;
using Civitas.Publishing.Resources;
using Civitas.Publishing.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Civitas.Publishing.Pages.Publishing.Public;

/// <summary>The public register: entries shown now, newest first, with filters and paging.</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class IndexModel(PublicationQueries queries, ITenantContext tenant, IStringLocalizer<PublishingText> text) : PageModel
{
    public RegisterListModel List { get; private set; } = default!;
    public string TenantName { get; private set; } = "";

    public async Task OnGetAsync(
        [FromQuery(Name = RegisterFilterParser.CategoryField)] string? category,
        [FromQuery(Name = RegisterFilterParser.YearField)] string? year,
        [FromQuery(Name = RegisterFilterParser.SearchField)] string? search,
        [FromQuery(Name = "page")] string? page,
        CancellationToken ct)
    {
        TenantName = tenant.Require().Name;
        var filter = RegisterFilterParser.Parse(category, year, search, ModelState, text);
        var entries = await queries.RegisterAsync(filter, PageNumbers.From(RegisterFilterParser.Page(page), null), ct);
        var years = await queries.YearsAsync(archive: false, ct);
        List = new RegisterListModel(PublicationUrls.Register, false, entries, years, category, year, search, ModelState, Request, queries.Now);
    }
}
