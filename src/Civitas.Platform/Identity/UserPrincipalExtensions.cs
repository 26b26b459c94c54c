using System.Security.Claims;
using Civitas.Platform.Audit;

namespace Civitas.Platform.Identity;

/// <summary>Reads Civitas facts from the principal of the current request.</summary>
public static class UserPrincipalExtensions
{
    /// <summary>The account id, or null when anonymous.</summary>
    public static Guid? UserId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    }

    /// <summary>True when the person holds <paramref name="role"/> in the current tenant.</summary>
    public static bool HasTenantRole(this ClaimsPrincipal user, TenantRole role)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(CivitasClaims.TenantRole, role.ToString());
    }

    /// <summary>Departments the official belongs to in the current tenant.</summary>
    public static IReadOnlyList<Guid> DepartmentIds(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindAll(CivitasClaims.Department).Select(c => Guid.Parse(c.Value)).Distinct().ToList();
    }

    /// <summary>True for platform administrators.</summary>
    public static bool IsPlatformAdmin(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(CivitasClaims.PlatformAdmin, "true");
    }
}
