using System.Data;
using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Civitas.Platform.Identity;

/// <summary>Takes a role in the current tenant away, never the last administrator's: a JST without
/// an administrator could not manage its own portal. The change is audited and applies at once.</summary>
internal sealed class RemoveTenantRoleHandler(PlatformDb db, ITenantContext tenant, IMemoryCache cache)
{
    /// <summary>Removes the assignment; <see cref="Result{T}.Value"/> is false when no assignment with
    /// <paramref name="assignmentId"/> exists in this tenant.</summary>
    public async Task<Result<bool>> HandleAsync(Guid assignmentId, CancellationToken ct)
    {
        var tenantId = tenant.Require().Id;
        Guid userId;
        // Serializable: two administrators removing each other at the same moment must not both
        // succeed; PostgreSQL aborts one of the two transactions, SQLite runs them one after the other.
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var assignment = await db.RoleAssignments.FirstOrDefaultAsync(r => r.Id == assignmentId, ct);
            if (assignment is null) return Result.Ok(false);
            if (assignment.Role == TenantRole.TenantAdmin
                && await db.RoleAssignments.CountAsync(r => r.Role == TenantRole.TenantAdmin, ct) <= 1)
            {
                return Result.Fail<bool>(new Error("People.LastAdmin"));
            }
            userId = assignment.UserId;
            db.RoleAssignments.Remove(assignment);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception e) when (WriteConflicts.IsSerializationFailure(e))
        {
            return Result.Fail<bool>(new Error("People.Conflict"));
        }
        cache.Remove(TenantRoleClaimsTransformation.CacheKey(tenantId, userId));
        return Result.Ok(true);
    }
}
