using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Web.Competitions;
using Civitas.Platform.Identity;
using Civitas.Publishing.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Grants.Pages.Grants.Office.Competitions;

/// <summary>A competition's dashboard for its department: the state, what is missing and the next actions.</summary>
internal sealed class DashboardModel(CompetitionAccess access, CompetitionQueries queries, IDepartmentDirectory departments, IPublicationDirectory publications) : PageModel
{
    public Competition Competition { get; private set; } = default!;
    public string? DepartmentName { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public PublicationInfo? Announcement { get; private set; }
    public PublicationInfo? CancellationEntry { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var (outcome, competition) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        DepartmentName = (await departments.FindAsync(Competition.DepartmentId, ct))?.Name;
        Now = queries.Now;
        var found = await publications.FindAsync(Data.GrantsDb.ModuleName,
            [CompetitionCommands.AnnouncementKey(id), CompetitionCommands.CancellationKey(id)], ct);
        Announcement = found.GetValueOrDefault(CompetitionCommands.AnnouncementKey(id));
        CancellationEntry = found.GetValueOrDefault(CompetitionCommands.CancellationKey(id));
        return Page();
    }
}
