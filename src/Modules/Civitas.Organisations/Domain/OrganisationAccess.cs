using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Domain;

/// <summary>Who may do what to an organisation: the per-resource check every member page makes.</summary>
internal sealed class OrganisationAccess(OrganisationsDb db)
{
    public Task<OrganisationMemberRole?> RoleAsync(Guid? userId, Guid organisationId, CancellationToken ct)
        => userId is not { } id
            ? Task.FromResult<OrganisationMemberRole?>(null)
            : db.Memberships.AsNoTracking().Where(m => m.UserId == id && m.OrganisationId == organisationId).Select(m => (OrganisationMemberRole?)m.Role).FirstOrDefaultAsync(ct);

    public static bool CanEdit(OrganisationMemberRole? role) => role is OrganisationMemberRole.Editor or OrganisationMemberRole.Representative;

    public static bool CanManageMembers(OrganisationMemberRole? role) => role is OrganisationMemberRole.Representative;
}
