using System.Text.Json;
using Civitas.Platform.Audit;
using Civitas.Platform.Data;
using Civitas.Platform.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Civitas.Platform.Identity;

/// <summary>
/// RODO art. 17: deletes a person's account and their role assignments in every tenant. The audit
/// entries they made stay (the JST must be able to show who changed its records: art. 17 ust. 3
/// lit. b and e RODO); each removed role assignment is itself recorded there, in its own tenant.
/// </summary>
internal sealed class DeleteAccountHandler(
    PlatformDb db,
    UserManager<User> users,
    IOutbox outbox,
    IAuditLog audit,
    IActorContext actor,
    IMemoryCache cache,
    TimeProvider clock)
{
    public async Task<Result> HandleAsync(User user, string password, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await users.CheckPasswordAsync(user, password))
        {
            return Result.Fail(new Error("Account.WrongPassword", "Password"));
        }

        // A JST must not be left without anyone who can administer its portal.
        var lonelyIn = await LastAdminOfAsync(user.Id, ct);
        if (lonelyIn.Count > 0)
        {
            return Result.Fail(new Error("Account.LastTenantAdmin", null, string.Join(", ", lonelyIn)));
        }
        if (user.IsPlatformAdmin && !await db.Users.AnyAsync(u => u.IsPlatformAdmin && u.Id != user.Id, ct))
        {
            return Result.Fail(new Error("Account.LastPlatformAdmin"));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var assignments = await AllTenants(db.RoleAssignments).AsNoTracking().Where(r => r.UserId == user.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var who = actor.Current;
        foreach (var r in assignments)
        {
            // Written by hand: the assignments of other tenants are outside this request's tenant,
            // where the save interceptor (rightly) refuses to touch rows.
            var changes = new Dictionary<string, object?>
            {
                [nameof(RoleAssignment.UserId)] = new { before = r.UserId },
                [nameof(RoleAssignment.Role)] = new { before = r.Role },
                [nameof(RoleAssignment.DepartmentId)] = new { before = r.DepartmentId },
                [nameof(RoleAssignment.AssignedAt)] = new { before = r.AssignedAt },
            };
            db.AuditEntries.Add(new AuditEntry(r.TenantId, now, who.UserId, who.Name, db.Module, "Deleted",
                nameof(RoleAssignment), r.Id.ToString(), JsonSerializer.Serialize(changes, AuditJson.Options)));
        }
        await AllTenants(db.RoleAssignments).Where(r => r.UserId == user.Id).ExecuteDeleteAsync(ct);
        audit.Record(db, "AccountDeleted", nameof(User), user.Id.ToString());
        outbox.Add(db, new AccountDeleted(user.Id));

        // Identity saves the same context: the deletion, the audit entries and the event commit together.
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            await tx.RollbackAsync(ct);
            return Result.Fail(new Error("Account.DeleteFailed"));
        }
        await tx.CommitAsync(ct);
        foreach (var tenantId in assignments.Select(r => r.TenantId).Distinct())
        {
            cache.Remove(TenantRoleClaimsTransformation.CacheKey(tenantId, user.Id));
        }
        return Result.Ok();
    }

    /// <summary>Names of the tenants where this person is the only administrator.</summary>
    private async Task<List<string>> LastAdminOfAsync(Guid userId, CancellationToken ct)
    {
        var roles = AllTenants(db.RoleAssignments);
        return await roles
            .Where(r => r.UserId == userId && r.Role == TenantRole.TenantAdmin)
            .Where(r => !roles.Any(o => o.TenantId == r.TenantId && o.Role == TenantRole.TenantAdmin && o.UserId != userId))
            .Join(db.Tenants, r => r.TenantId, t => t.Id, (r, t) => t.Name)
            .Distinct()
            .OrderBy(n => n)
            .ToListAsync(ct);
    }

    private static IQueryable<RoleAssignment> AllTenants(DbSet<RoleAssignment> set) => set.IgnoreQueryFilters([TenantFilter.Name]);
}
