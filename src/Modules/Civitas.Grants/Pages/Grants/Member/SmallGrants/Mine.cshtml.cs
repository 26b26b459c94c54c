using Civitas.Grants.Data;
using Civitas.Grants.Domain.SmallGrants;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Pages.Grants.Member.SmallGrants;

/// <summary>The small-grant offers of the person's organisations in this JST (folder policy: Resident).</summary>
internal sealed class MineModel(GrantsDb db, IOrganisationDirectory directory) : PageModel
{
    internal sealed record Row(Guid Id, Guid OrganisationId, string Title, SmallGrantOfferStatus Status, decimal? Grant, DateTimeOffset? SubmittedAt, DateTimeOffset UpdatedAt);

    public IReadOnlyList<OrganisationMembership> Memberships { get; private set; } = [];
    public IReadOnlyList<Row> Offers { get; private set; } = [];

    public bool CanStart => Memberships.Any(m => m.Role is OrganisationMemberRole.Editor or OrganisationMemberRole.Representative);

    public string OrganisationName(Guid id) => Memberships.FirstOrDefault(m => m.OrganisationId == id)?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Memberships = await directory.GetMembershipsAsync(User.UserId()!.Value, ct);
        var ids = Memberships.Select(m => m.OrganisationId).ToList();
        Offers = ids.Count == 0 ? [] : await db.SmallGrantOffers.AsNoTracking()
            .Where(o => ids.Contains(o.OrganisationId))
            .OrderByDescending(o => o.UpdatedAt)
            .Take(200)
            .Select(o => new Row(o.Id, o.OrganisationId, o.Title, o.Status, o.GrantAmount, o.SubmittedAt, o.UpdatedAt))
            .ToListAsync(ct);
        return Page();
    }
}
