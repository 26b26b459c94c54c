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

/// <summary>The archive: entries whose publication period ended (e.g. a small-grant offer after its
/// 7 days, art. 19a ust. 3 UDPP) and entries withdrawn, with the reason. Nothing is ever deleted.</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class ArchiveModel(PublicationQueries queries, IStringLocalizer<PublishingText> text) : PageModel
{
    public RegisterListModel List { get; private set; } = default!;

    public async Task OnGetAsync(
        [FromQuery(Name = RegisterFilterParser.CategoryField)] string? category,
        [FromQuery(Name = RegisterFilterParser.YearField)] string? year,
        [FromQuery(Name = RegisterFilterParser.SearchField)] string? search,
        [FromQuery(Name = "page")] string? page,
        CancellationToken ct)
    {
        var filter = RegisterFilterParser.Parse(category, year, search, ModelState, text);
        var entries = await queries.ArchiveAsync(filter, PageNumbers.From(RegisterFilterParser.Page(page), null), ct);
        var years = await queries.YearsAsync(archive: true, ct);
        List = new RegisterListModel(PublicationUrls.Archive, true, entries, years, category, year, search, ModelState, Request, queries.Now);
    }
}
