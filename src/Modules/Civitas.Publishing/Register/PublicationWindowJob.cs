using Civitas.Platform.Data;
using Civitas.Platform.Scheduling;
using Civitas.Publishing.Data;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Publishing.Register;

/// <summary>
/// Entries enter and leave the public register by query alone (visible-from ≤ now &lt; visible-to), but
/// a cached anonymous page would keep showing an entry whose period has just ended, e.g. a small-grant
/// offer after its 7 days (art. 19a ust. 3 UDPP). This job evicts the cached pages of every tenant with
/// an entry that started or ended being visible since the previous run.
/// </summary>
internal sealed class PublicationWindowJob(PublishingDb db, TimeProvider clock, PublicationWindowWatermark watermark, PublicationCacheEviction cache) : IScheduledJob
{
    public const string Name = "publishing.visibility-window";
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(2);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // The output cache lives in memory: before this process's first run nothing older can be cached
        // than the cache's own lifetime, so one interval back is enough.
        var since = watermark.LastRunAt ?? now - Interval;
        var tenants = await db.Publications.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(p => (p.VisibleTo != null && p.VisibleTo > since && p.VisibleTo <= now) || (p.VisibleFrom > since && p.VisibleFrom <= now))
            .Select(p => p.TenantId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var tenantId in tenants)
        {
            await cache.EvictAsync(tenantId, cancellationToken);
        }
        watermark.LastRunAt = now;
    }
}
