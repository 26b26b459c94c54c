using Civitas.Grants.Data;
using Civitas.Grants.Domain.SmallGrants;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Pages.Grants.Office.SmallGrants;

/// <summary>The offers received in the small-grant mode (folder policy: Official; the tenant filter keeps
/// other JSTs' offers out), with the publication deadline of art. 19a ust. 3 UDPP and a warning when it
/// is near or passed, and the year's totals against the caps.</summary>
internal sealed class IndexModel(GrantsDb db, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    internal sealed record Row(Guid Id, string Title, string Organisation, SmallGrantOfferStatus Status, decimal? Grant, DateTimeOffset? SubmittedAt,
        DateOnly? PublishBy, DateTimeOffset? PublishedAt, DateTimeOffset? CommentsUntil, int PendingComments);

    public IReadOnlyList<Row> Offers { get; private set; } = [];
    public PagerModel Pager { get; private set; } = default!;
    public DateOnly Today { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public int Year { get; private set; }
    public decimal? Planned { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Today = WarsawTime.DateOf(Now);
        Year = Today.Year;
        var query = db.SmallGrantOffers.AsNoTracking().Where(o => o.Status != SmallGrantOfferStatus.Draft);
        var total = await query.CountAsync(ct);
        var (page, pages) = PageNumbers.Within(pageNumber, total, PageSize);
        // Awaiting publication first (the statutory deadline runs), then the newest.
        Offers = await query
            .OrderBy(o => o.Status == SmallGrantOfferStatus.Submitted ? 0 : o.Status == SmallGrantOfferStatus.Published ? 1 : 2)
            .ThenByDescending(o => o.SubmittedAt)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(o => new Row(o.Id, o.Title, o.Offeror!.Name, o.Status, o.GrantAmount, o.SubmittedAt, o.PublishBy, o.PublishedAt, o.CommentsUntil,
                db.SmallGrantComments.Count(c => c.OfferId == o.Id && c.Status == SmallGrantCommentStatus.Pending)))
            .ToListAsync(ct);
        Pager = new PagerModel(Request, page, pages);
        Planned = await db.SmallGrantPlans.Where(p => p.Year == Year).Select(p => (decimal?)p.PlannedTotal).FirstOrDefaultAsync(ct);
        return Page();
    }
}
