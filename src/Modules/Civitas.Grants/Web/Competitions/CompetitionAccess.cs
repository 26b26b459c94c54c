using System.Security.Claims;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Web.Competitions;

/// <summary>Loads a competition for an office page and says whether the person may manage it:
/// officials of its department and the tenant's administrators (art. 13 UDPP: the organ acts through
/// the competent department). Another tenant's competition is simply not found (tenant filter).</summary>
internal sealed class CompetitionAccess(GrantsDb db)
{
    public enum Outcome
    {
        Found,
        NotFound,
        Forbidden,
    }

    public static bool IsTenantAdmin(ClaimsPrincipal user) => user.HasTenantRole(TenantRole.TenantAdmin) || user.IsPlatformAdmin();

    public static bool MayManage(ClaimsPrincipal user, Guid departmentId) => IsTenantAdmin(user) || user.DepartmentIds().Contains(departmentId);

    /// <summary>The competition with all its parts, tracked for a change.</summary>
    public async Task<(Outcome Outcome, Competition? Competition)> LoadAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var competition = await db.Competitions.AsSplitQuery()
            .Include(c => c.Tasks).Include(c => c.Criteria).Include(c => c.PriorTasks)
            .Include(c => c.ChecklistItems).Include(c => c.RequiredAttachments).Include(c => c.Versions)
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (competition is null) return (Outcome.NotFound, null);
        if (!competition.MayBeManagedBy(user.DepartmentIds(), IsTenantAdmin(user))) return (Outcome.Forbidden, null);
        return (Outcome.Found, competition);
    }
}
