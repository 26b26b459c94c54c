using Civitas.Grants.Data;
using Civitas.Platform.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Civitas.Platform.Ui;

namespace Civitas.Grants.Pages.Grants.Member.Results;

/// <summary>The requests for justification (art. 15 ust. 2j UDPP) the signed-in person filed in this local
/// government, whoever they are, unanswered first; each links to its page with the answer. Only the person's
/// own requests (by <c>RequestedBy</c>); the tenant filter keeps other local governments' requests out.</summary>
internal sealed class MyRequestsModel(GrantsDb db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid OfferId, string CompetitionNumber, string CompetitionTitle, string ConfirmationNumber, string OfferTitle,
        string OrganisationName, DateTimeOffset RequestedAt, DateTimeOffset? AnsweredAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (User.UserId() is not { } me) return Challenge();
        var query = from r in db.JustificationRequests.AsNoTracking()
                    where r.RequestedBy == me
                    join l in db.DecisionLines.AsNoTracking() on r.OfferId equals l.OfferId
                    join c in db.Competitions.AsNoTracking() on r.CompetitionId equals c.Id
                    select new { r.OfferId, c.Number, c.Title, l.ConfirmationNumber, l.OfferTitle, r.OrganisationName, r.RequestedAt, r.AnsweredAt };
        var count = await query.CountAsync(ct);
        (PageNumber, PageCount) = PageNumbers.Within(page, count, PageSize);
        Rows = (await query.OrderBy(r => r.AnsweredAt != null).ThenByDescending(r => r.RequestedAt).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct))
            .Select(r => new Row(r.OfferId, r.Number, r.Title, r.ConfirmationNumber, r.OfferTitle, r.OrganisationName, r.RequestedAt, r.AnsweredAt)).ToList();
        return Page();
    }
}
