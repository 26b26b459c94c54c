using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Platform.Identity;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Pages.Organisations.Public;

/// <summary>An organisation's public profile in this JST, with the sections other modules contribute.</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class ProfileModel(OrganisationsDb db, OrganisationAccess access, IEnumerable<OrganisationProfileSection> sections) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public OrganisationStatus Status { get; private set; }
    public bool WholeTenant { get; private set; }
    public IReadOnlyList<string> Districts { get; private set; } = [];
    public OrganisationMemberRole? Role { get; private set; }
    public bool IsOfficial { get; private set; }
    public IReadOnlyList<OrganisationProfileSection> Sections { get; } = sections.OrderBy(s => s.Order).ToList();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (!Slugs.LooksValid(slug)) return NotFound();
        var listing = await db.Listings.AsNoTracking().Where(l => l.Slug == slug && l.Visible)
            .Select(l => new { l.OrganisationId, l.Status, l.WholeTenant, Districts = l.Districts.Select(d => d.DistrictId).ToList() })
            .FirstOrDefaultAsync(ct);
        if (listing is null) return NotFound();
        Organisation = await db.Organisations.AsNoTracking().Include(o => o.Spheres).FirstAsync(o => o.Id == listing.OrganisationId, ct);
        Status = listing.Status;
        WholeTenant = listing.WholeTenant;
        Districts = listing.Districts.Count == 0 ? [] : await db.Districts.AsNoTracking().Where(d => listing.Districts.Contains(d.Id)).OrderBy(d => d.SortOrder).Select(d => d.Name).ToListAsync(ct);
        Role = await access.RoleAsync(User.UserId(), Organisation.Id, ct);
        IsOfficial = User.HasTenantRole(TenantRole.Official);
        return Page();
    }
}
