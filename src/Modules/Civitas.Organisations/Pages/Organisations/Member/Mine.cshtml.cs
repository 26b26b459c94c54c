using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Resources;
using Civitas.Organisations.Search;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Organisations.Pages.Organisations.Member;

/// <summary>The signed-in person's organisations, invitations and claims (folder policy: Resident).</summary>
internal sealed class MineModel(OrganisationsDb db, UserManager<User> users, DirectoryProjection projection, MembersHandler members, TextLocator text,
    Platform.Tenancy.ITenantContext tenant, TimeProvider clock, IStringLocalizer<OrganisationsText> t) : PageModel
{
    public sealed record Row(Guid Id, string Name, string Slug, OrganisationMemberRole Role, OrganisationStatus Status);
    public sealed record OpenInvitation(Guid Id, string Organisation, OrganisationMemberRole Role);
    public sealed record PendingClaim(string Organisation, string Slug, DateTimeOffset CreatedAt, ClaimStatus Status, string? Reason);

    public IReadOnlyList<Row> Organisations { get; private set; } = [];
    public IReadOnlyList<OpenInvitation> Invitations { get; private set; } = [];
    public IReadOnlyList<PendingClaim> Claims { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.UserId()!.Value;
        Organisations = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new
            {
                o.Id,
                o.Name,
                o.Slug,
                m.Role,
                Status = db.Listings.Where(l => l.OrganisationId == o.Id).Select(l => (OrganisationStatus?)l.Status).FirstOrDefault(),
            })
            .OrderBy(x => x.Name)
            .Select(x => new Row(x.Id, x.Name, x.Slug, x.Role, x.Status ?? OrganisationStatus.NotListed))
            .ToListAsync(ct);
        var email = (await users.FindByIdAsync(userId.ToString()))?.Email?.ToLowerInvariant() ?? "";
        var now = clock.GetUtcNow();
        Invitations = await db.Invitations.AsNoTracking().Where(i => i.Email == email && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .Join(db.Organisations, i => i.OrganisationId, o => o.Id, (i, o) => new OpenInvitation(i.Id, o.Name, i.Role))
            .ToListAsync(ct);
        Claims = await db.Claims.AsNoTracking().Where(c => c.UserId == userId).OrderByDescending(c => c.CreatedAt).Take(20)
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new PendingClaim(o.Name, o.Slug, c.CreatedAt, c.Status, c.DecisionReason))
            .ToListAsync(ct);
    }

    /// <summary>Accepts an invitation addressed to the person's (confirmed) e-mail address.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct)
    {
        var result = await members.AcceptByIdAsync(id, User.UserId()!.Value, ct);
        if (!result.Succeeded)
        {
            TempData["Status"] = text.Message(GetType(), result.Errors[0]);
            TempData["StatusKind"] = "error";
            return RedirectToPage();
        }
        TempData["Status"] = t["Invitation.Accepted"].Value;
        return RedirectToPage();
    }

    /// <summary>Adds one of the person's organisations (registered on another JST's portal) to this
    /// JST's directory, waiting for verification by its officials.</summary>
    public async Task<IActionResult> OnPostListAsync(Guid id, CancellationToken ct)
    {
        var userId = User.UserId()!.Value;
        var isMember = await db.Memberships.AnyAsync(m => m.OrganisationId == id && m.UserId == userId && m.Role != OrganisationMemberRole.Viewer, ct);
        if (!isMember) return StatusCode(StatusCodes.Status403Forbidden);
        if (!await db.Listings.AnyAsync(l => l.OrganisationId == id, ct))
        {
            var organisation = await db.Organisations.Include(o => o.Spheres).FirstAsync(o => o.Id == id, ct);
            db.Listings.Add(Listing.Create(organisation, tenant.Require().Id, ListingSource.AddedByMember, clock.GetUtcNow(), requestVerification: true));
            try
            {
                await projection.SaveAsync(organisation, ct);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                // Added a moment ago by another member: the outcome is the same.
            }
            TempData["Status"] = t["Mine.Listed", organisation.Name].Value;
        }
        return RedirectToPage();
    }
}
