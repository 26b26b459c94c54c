using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Results;
using Civitas.Grants.Web.Competitions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Civitas.Platform.Ui;

namespace Civitas.Grants.Pages.Grants.Office.Results;

/// <summary>The requests for justification filed about a competition's offers (art. 15 ust. 2j UDPP), unanswered first.</summary>
internal sealed class JustificationsModel(CompetitionAccess access, GrantsDb db) : PageModel
{
    public const int PageSize = 50;

    public Competition Competition { get; private set; } = default!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;

    public sealed record Row(Guid Id, string ConfirmationNumber, string OrganisationName, string RequestedByName, DateTimeOffset RequestedAt, bool Answered);

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var (outcome, competition) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        var query = from r in db.JustificationRequests.AsNoTracking()
                    where r.CompetitionId == id
                    join l in db.DecisionLines.AsNoTracking() on r.OfferId equals l.OfferId
                    select new { r.Id, l.ConfirmationNumber, r.OrganisationName, r.RequestedByName, r.RequestedAt, Answered = r.AnsweredAt != null };
        var count = await query.CountAsync(ct);
        (PageNumber, PageCount) = PageNumbers.Within(page, count, PageSize);
        Rows = (await query.OrderBy(r => r.Answered).ThenBy(r => r.RequestedAt).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct))
            .Select(r => new Row(r.Id, r.ConfirmationNumber, r.OrganisationName, r.RequestedByName, r.RequestedAt, r.Answered)).ToList();
        return Page();
    }
}
