using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Web.Competitions;
using Civitas.Grants.Web.FormalCheck;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Grants.Pages.Grants.Office.FormalCheck;

/// <summary>The submitted offers of a competition (latest revision of each) with their formal status,
/// for the officials of the competition's department.</summary>
internal sealed class OffersModel(CompetitionAccess access, FormalCheckService service, TimeProvider clock) : PageModel
{
    public Competition Competition { get; private set; } = default!;
    public IReadOnlyList<FormalOfferRow> Rows { get; private set; } = [];
    public PagerModel Pager { get; private set; } = default!;
    public bool DeadlinePassed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var (outcome, competition) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        DeadlinePassed = Competition.OfferDeadline is { } d && clock.GetUtcNow() >= d;
        var (rows, current, pageCount) = await service.ListAsync(id, page ?? 1, ct);
        Rows = rows;
        Pager = new PagerModel(Request, current, pageCount);
        return Page();
    }

    public string TaskTitle(Guid taskId) => Competition.Tasks.FirstOrDefault(t => t.Id == taskId)?.Title ?? "—";
}
