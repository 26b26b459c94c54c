using System.Data;
using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Civitas.Platform.Identity;

/// <summary>Gives an existing account a role in the current tenant: official of a department, or
/// tenant administrator. The change is audited (RoleAssignment is IAudited) and applies at once.</summary>
internal sealed class AssignTenantRoleHandler(PlatformDb db, ITenantContext tenant, ILookupNormalizer normalizer, IMemoryCache cache, TimeProvider clock)
{
    public async Task<Result> HandleAsync(string email, TenantRole role, Guid? departmentId, CancellationToken ct)
    {
        var tenantId = tenant.Require().Id;
        var normalized = normalizer.NormalizeEmail(email.Trim());
        var account = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized)
            .Select(u => new { u.Id, u.EmailConfirmed }).FirstOrDefaultAsync(ct);
        if (account is null) return Result.Fail(new Error("People.NoAccount", "Email", email.Trim()));
        // An unconfirmed account cannot sign in, and the clean-up job would keep it alive only because of the role.
        if (!account.EmailConfirmed) return Result.Fail(new Error("People.NotConfirmed", "Email", email.Trim()));
        Guid? userId = account.Id;

        if (role == TenantRole.Official)
        {
            if (departmentId is null) return Result.Fail(new Error("People.DepartmentRequired", "DepartmentId"));
            // The tenant filter hides other tenants' departments: an id from elsewhere is "not found".
            var department = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => new { d.IsActive }).FirstOrDefaultAsync(ct);
            if (department is null) return Result.Fail(new Error("People.DepartmentNotFound", "DepartmentId"));
            if (!department.IsActive) return Result.Fail(new Error("People.DepartmentInactive", "DepartmentId"));
        }
        else
        {
            departmentId = null;
        }

        // Serializable: a unique index does not stop two identical rows whose department is NULL
        // (an administrator), so the duplicate check and the insert must be one atomic step.
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var duplicate = await db.RoleAssignments.AnyAsync(r => r.UserId == userId && r.Role == role && r.DepartmentId == departmentId, ct);
            if (duplicate) return Result.Fail(new Error("People.AlreadyAssigned", "Email"));
            db.RoleAssignments.Add(new RoleAssignment { UserId = userId.Value, Role = role, DepartmentId = departmentId, AssignedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception e) when (WriteConflicts.IsSerializationFailure(e) || WriteConflicts.IsUniqueViolation(e))
        {
            return Result.Fail(new Error("People.Conflict"));
        }
        cache.Remove(TenantRoleClaimsTransformation.CacheKey(tenantId, userId.Value));
        return Result.Ok();
    }
}
