using Civitas.Platform.Data;
using Civitas.Platform.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Identity;

/// <summary>Deletes accounts whose e-mail was never confirmed within 7 days: personal data kept
/// without a purpose (RODO art. 5 ust. 1 lit. c and e, minimisation and storage limitation).</summary>
internal sealed class UnconfirmedAccountsCleanupJob(PlatformDb db, TimeProvider clock) : IScheduledJob
{
    public static readonly TimeSpan Grace = TimeSpan.FromDays(7);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - Grace;
        var stale = await db.Users.Where(u => !u.EmailConfirmed && u.CreatedAt < cutoff).Select(u => u.Id).ToListAsync(cancellationToken);
        if (stale.Count == 0) return;
        // Never-confirmed accounts cannot hold roles, but be sure: leave any account that does.
        var withRoles = await db.RoleAssignments.IgnoreQueryFilters([TenantFilter.Name]).Where(r => stale.Contains(r.UserId)).Select(r => r.UserId).ToListAsync(cancellationToken);
        var ids = stale.Except(withRoles).ToList();
        await db.Users.Where(u => ids.Contains(u.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
