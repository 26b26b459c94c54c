using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Web.Competitions;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.Web;
using Civitas.Publishing.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Civitas.Grants.Pages.Grants.Public.Competitions;

/// <summary>The published announcement with every element of art. 13 ust. 2 UDPP, its corrections and cancellation.</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class DetailsModel(CompetitionQueries queries, IOrganisationDirectory organisations, IDepartmentDirectory departments, IPublicationDirectory publications, TimeProvider clock) : PageModel
{
    public Competition Competition { get; private set; } = default!;
    public string? DepartmentName { get; private set; }
    public IReadOnlyDictionary<string, PublicTaskSphere> Spheres { get; private set; } = new Dictionary<string, PublicTaskSphere>();
    public PublicState State { get; private set; }
    public PublicationInfo? Entry { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var competition = await queries.PublicDetailAsync(id, ct);
        if (competition is null) return NotFound();
        Competition = competition;
        State = CompetitionQueries.Public(competition.Status, competition.OfferDeadline, queries.Now);
        DepartmentName = (await departments.FindAsync(competition.DepartmentId, ct))?.Name;
        Spheres = (await organisations.GetSpheresAsync(WarsawTime.Today(clock), ct)).ToDictionary(s => s.Code, StringComparer.Ordinal);
        var entries = await publications.FindAsync(Data.GrantsDb.ModuleName, [CompetitionCommands.AnnouncementKey(id)], ct);
        Entry = entries.GetValueOrDefault(CompetitionCommands.AnnouncementKey(id));
        return Page();
    }
}
