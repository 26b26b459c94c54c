using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Identity;

/// <summary>Who must keep two-factor sign-in on: officials and administrators of any tenant, and
/// platform administrators (ARCHITECTURE.md §5). The account is global, so a role in one JST is
/// enough, whichever portal the person is using now.</summary>
internal static class TwoFactorObligation
{
    public static async Task<bool> AppliesToAsync(PlatformDb db, User user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        return user.IsPlatformAdmin || await db.RoleAssignments.IgnoreQueryFilters([TenantFilter.Name])
            .AnyAsync(r => r.UserId == user.Id && (r.Role == TenantRole.Official || r.Role == TenantRole.TenantAdmin), ct);
    }
}
