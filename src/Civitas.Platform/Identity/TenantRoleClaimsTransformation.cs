using System.Security.Claims;
using Civitas.Platform.Audit;
using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Civitas.Platform.Identity;

/// <summary>Adds the roles a person holds in the tenant of the current request. Roles are per tenant,
/// so they are never put in the cookie: the same account can be an official in one JST and a
/// resident in another.</summary>
internal sealed class TenantRoleClaimsTransformation(ITenantContext tenant, PlatformDb db, IMemoryCache cache) : IClaimsTransformation
{
    public static string CacheKey(Guid tenantId, Guid userId) => $"roles:{tenantId}:{userId}";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || tenant.TenantId is not { } tenantId) return principal;
        if (principal.HasClaim(c => c.Type == CivitasClaims.TenantRole && c.Issuer == Issuer)) return principal;
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return principal;

        var roles = await cache.GetOrCreateAsync(CacheKey(tenantId, userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return await db.RoleAssignments.AsNoTracking()
                .Where(r => r.UserId == userId)
                .Select(r => new { r.Role, r.DepartmentId })
                .ToListAsync();
        }) ?? [];

        var identity = new ClaimsIdentity();
        // A marker claim so the transformation is not repeated within the request.
        identity.AddClaim(new Claim(CivitasClaims.TenantRole, "Resident", ClaimValueTypes.String, Issuer));
        foreach (var r in roles)
        {
            identity.AddClaim(new Claim(CivitasClaims.TenantRole, r.Role.ToString(), ClaimValueTypes.String, Issuer));
            if (r.DepartmentId is { } dep) identity.AddClaim(new Claim(CivitasClaims.Department, dep.ToString(), ClaimValueTypes.String, Issuer));
        }
        var clone = principal.Clone();
        clone.AddIdentity(identity);
        return clone;
    }

    private const string Issuer = "civitas-tenant";
}
