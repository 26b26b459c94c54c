using Civitas.Grants.Data;
using Civitas.Platform.Data;
using Civitas.Platform.Scheduling;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Web;

/// <summary>The public list of small-grant offers and their pages are cached; an offer leaves the list when
/// its publication period ends (art. 19a ust. 3 UDPP) and its comment form when the comment period ends
/// (ust. 4) by query alone, so this job evicts the cached pages of every tenant where such a moment passed
/// since the previous run.</summary>
internal sealed class SmallGrantWindowJob(GrantsDb db, TimeProvider clock, SmallGrantWindowWatermark watermark, IOutputCacheStore cache) : IScheduledJob
{
    public const string Name = "grants.small-grant-window";
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(2);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = watermark.LastRunAt ?? now - Interval;
        var tenants = await db.SmallGrantOffers.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(o => (o.VisibleTo != null && o.VisibleTo > since && o.VisibleTo <= now) || (o.CommentsUntil != null && o.CommentsUntil > since && o.CommentsUntil <= now))
            .Select(o => o.TenantId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var tenantId in tenants) await cache.EvictByTagAsync(AnonymousPageCachePolicy.TenantTag(tenantId), cancellationToken);
        watermark.LastRunAt = now;
    }
}
