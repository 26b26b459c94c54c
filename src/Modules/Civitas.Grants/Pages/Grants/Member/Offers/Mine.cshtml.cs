using Civitas.Grants.Data;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Identity;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Pages.Grants.Member.Offers;

/// <summary>The offers of the organisations the person belongs to (as lead offeror), in this local government, newest first.</summary>
internal sealed class MineModel(GrantsDb db, IOrganisationDirectory directory) : PageModel
{
    private const int PageSize = 20;

    public sealed record Row(Guid Id, string Organisation, string CompetitionNumber, string? Title, OfferStatus Status, int Revision, string? ConfirmationNumber, DateTimeOffset? SubmittedAt, bool CanEdit);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public PagerModel? Pager { get; private set; }
    public bool HasOrganisations { get; private set; }

    public async Task<IActionResult> OnGetAsync(int strona = 1, CancellationToken ct = default)
    {
        var memberships = await directory.GetMembershipsAsync(User.UserId()!.Value, ct);
        HasOrganisations = memberships.Count > 0;
        var ids = memberships.Select(m => m.OrganisationId).ToList();
        var query = db.Offers.AsNoTracking().Where(o => ids.Contains(o.LeadOrganisationId));
        var count = await query.CountAsync(ct);
        var pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        strona = Math.Clamp(strona, 1, pages);
        var offers = await query.OrderByDescending(o => o.CreatedAt).Skip((strona - 1) * PageSize).Take(PageSize)
            .Select(o => new
            {
                o.Id, o.LeadOrganisationId, o.CompetitionId, o.Status, o.LatestRevision, o.SubmittedAt,
                Title = db.OfferSections.Where(s => s.OfferId == o.Id && s.Key == "III").Select(s => s.Json).FirstOrDefault(),
                Number = db.Competitions.Where(c => c.Id == o.CompetitionId).Select(c => c.Number).FirstOrDefault(),
                Confirmation = db.OfferSubmissions.Where(s => s.OfferId == o.Id && s.Revision == o.LatestRevision).Select(s => s.ConfirmationNumber).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var names = memberships.ToDictionary(m => m.OrganisationId);
        Rows = offers.Select(o => new Row(o.Id, names[o.LeadOrganisationId].Name, o.Number ?? "", o.Title is null ? null : OfferJson.Read<TaskSection>(o.Title).Title,
            o.Status, o.LatestRevision, o.Confirmation, o.SubmittedAt, OfferWorkflow.CanEdit(names[o.LeadOrganisationId].Role))).ToList();
        Pager = pages > 1 ? new PagerModel(Request, strona, pages) : null;
        return Page();
    }
}
