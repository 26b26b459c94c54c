using Civitas.Grants.Data;
using Civitas.Grants.Domain.SmallGrants;
using Civitas.Platform.Ui;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Pages.Grants.Public.SmallGrants;

/// <summary>Small-grant offers in their publication period (art. 19a ust. 3 UDPP), for anyone. Cached for
/// anonymous readers; the cache is evicted on publication and when a period ends.</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class IndexModel(GrantsDb db, TimeProvider clock) : PageModel
{
    private const int PageSize = 30;

    internal sealed record Row(Guid Id, string Title, string Organisation, string Place, decimal? Grant, DateTimeOffset PublishedAt, DateTimeOffset CommentsUntil, DateTimeOffset VisibleTo);

    public IReadOnlyList<Row> Offers { get; private set; } = [];
    public PagerModel Pager { get; private set; } = default!;
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        var now = Now;
        var query = db.SmallGrantOffers.AsNoTracking()
            .Where(o => o.Status != SmallGrantOfferStatus.Draft && o.Status != SmallGrantOfferStatus.Submitted
                && o.PublishedAt <= now && o.VisibleTo > now);
        var total = await query.CountAsync(ct);
        var (page, pages) = PageNumbers.Within(pageNumber, total, PageSize);
        Offers = await query.OrderByDescending(o => o.PublishedAt).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(o => new Row(o.Id, o.Title, o.Offeror!.Name, o.Place, o.GrantAmount, o.PublishedAt!.Value, o.CommentsUntil!.Value, o.VisibleTo!.Value))
            .ToListAsync(ct);
        Pager = new PagerModel(Request, page, pages);
        return Page();
    }
}
