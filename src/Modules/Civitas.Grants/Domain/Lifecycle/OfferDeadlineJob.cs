using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Platform.Audit;
using Civitas.Platform.Data;
using Civitas.Platform.Scheduling;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Grants.Domain.Lifecycle;

/// <summary>
/// Closes the offer period of every announced competition whose offer deadline has passed and starts
/// its formal check (<see cref="Competition.StartFormalCheck"/>), tenant by tenant, as the system.
/// art. 13 ust. 2 pkt 5 UDPP: the deadline in the announcement ends the submission of offers; from then
/// on the competition is in the formal check whether or not the office has opened an offer yet (the first
/// formal review still does the same move when it comes before this job). Idempotent: a competition
/// already past Announced is not touched, and a run that meets a concurrent change leaves that competition
/// to the next run.
/// </summary>
internal sealed class OfferDeadlineJob(GrantsDb db, IServiceScopeFactory scopes, ITenantStore tenants, TimeProvider clock, IOutputCacheStore cache) : IScheduledJob
{
    public const string Name = "grants.offer-deadline";

    /// <summary>How late after the deadline the status changes at most (submission itself is refused by
    /// the server clock at the deadline instant, so the lag only affects the displayed state).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>The audit action written for each competition closed by this job.</summary>
    public const string AuditAction = "OfferPeriodClosed";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tenantIds = await db.Competitions.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(c => c.Status == CompetitionStatus.Announced && c.OfferDeadline <= now)
            .Select(c => c.TenantId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var tenantId in tenantIds)
        {
            var tenant = await tenants.FindByIdAsync(tenantId, cancellationToken);
            if (tenant is null) continue;
            if (await CloseTenantAsync(tenant, now, cancellationToken) > 0)
            {
                // The public list and page show "open" / "evaluation" from the status: drop the cached copies.
                await cache.EvictByTagAsync(AnonymousPageCachePolicy.TenantTag(tenant.Id), cancellationToken);
            }
        }
    }

    /// <summary>Moves the tenant's due competitions one by one (each its own SaveChanges, so one
    /// concurrent change does not hold back the others); returns how many moved.</summary>
    private async Task<int> CloseTenantAsync(TenantInfo tenant, DateTimeOffset now, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        sp.GetRequiredService<IActorContext>().Set(Actor.System);
        var tenantDb = sp.GetRequiredService<GrantsDb>();
        var audit = sp.GetRequiredService<IAuditLog>();
        var ids = await tenantDb.Competitions.AsNoTracking()
            .Where(c => c.Status == CompetitionStatus.Announced && c.OfferDeadline <= now)
            .OrderBy(c => c.Id)
            .Select(c => c.Id)
            .ToListAsync(ct);
        var moved = 0;
        foreach (var id in ids)
        {
            tenantDb.ChangeTracker.Clear();
            if (await CloseAsync(tenantDb, audit, id, now, ct)) moved++;
        }
        return moved;
    }

    /// <summary>Closes the offer period of one competition of the scope's tenant at <paramref name="now"/> when
    /// it is announced and its deadline has passed; true when it moved. Also used by the demo data, so demo
    /// competitions reach the formal check exactly as the job moves them.</summary>
    internal static async Task<bool> CloseAsync(GrantsDb db, IAuditLog audit, Guid competitionId, DateTimeOffset now, CancellationToken ct)
    {
        var competition = await db.Competitions.FirstOrDefaultAsync(c => c.Id == competitionId, ct);
        // art. 13 ust. 2 pkt 5 UDPP: only the deadline's instant ends the offer period (StartFormalCheck refuses earlier).
        if (competition is null || !competition.StartFormalCheck(now).Succeeded) return false;
        audit.Record(db, AuditAction, nameof(Competition), competition.Id.ToString(), new { competition.Number, competition.OfferDeadline });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // The first formal review (or an official's change) saved the competition meanwhile; the next
            // run sees its new state and leaves it alone if it already moved.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
