using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Platform.Data;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Search;

/// <summary>
/// Keeps the directory columns of an organisation's listings equal to the organisation, in every JST
/// it is listed in, within the caller's transaction. Bulk statements rather than tracked entities:
/// the save interceptor rightly refuses tracked writes to another JST's rows, and the copied columns
/// are not news for the audit log (the organisation's own change is audited).
/// </summary>
internal sealed class DirectoryProjection(OrganisationsDb db, IOutputCacheStore cache, DirectoryCounts counts)
{
    /// <summary>Saves the pending changes and refreshes the listings, atomically.</summary>
    public async Task SaveAsync(Organisation organisation, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var tenants = await RefreshAsync(organisation, ct);
        await tx.CommitAsync(ct);
        await EvictAsync(tenants, ct);
    }

    /// <summary>Refreshes the listings of <paramref name="o"/>; returns the JSTs it is listed in.</summary>
    public async Task<IReadOnlyList<Guid>> RefreshAsync(Organisation o, CancellationToken ct)
    {
        var all = db.Listings.IgnoreQueryFilters([TenantFilter.Name]).Where(l => l.OrganisationId == o.Id);
        var listings = await all.Select(l => new { l.Id, l.TenantId, l.Status, l.WholeTenant, Districts = l.Districts.Select(d => d.DistrictId).ToList() }).ToListAsync(ct);
        if (listings.Count == 0) return [];
        var mainSphere = SphereSeed.IndexOf(o.MainSphere);
        var sphereCodes = Listing.CodesOf(o.Spheres.Select(x => x.SphereCode));
        await all.ExecuteUpdateAsync(s => s
            .SetProperty(l => l.Slug, o.Slug)
            .SetProperty(l => l.Name, o.Name)
            .SetProperty(l => l.SortName, o.SortName)
            .SetProperty(l => l.SearchText, o.SearchText)
            .SetProperty(l => l.City, o.City)
            .SetProperty(l => l.LegalForm, o.LegalForm)
            .SetProperty(l => l.IsPublicBenefit, o.IsPublicBenefit)
            .SetProperty(l => l.Latitude, o.Latitude)
            .SetProperty(l => l.Longitude, o.Longitude)
            .SetProperty(l => l.MainSphere, mainSphere)
            .SetProperty(l => l.SphereCodes, sphereCodes), ct);
        // The full-text document differs per JST (its own status, districts and tenant token).
        var spheres = o.Spheres.Select(x => x.SphereCode).ToList();
        foreach (var l in listings)
        {
            var document = Listing.DocumentOf(o.SearchText, l.TenantId, l.Status, o.LegalForm, o.IsPublicBenefit, o.Latitude is not null && o.Longitude is not null,
                spheres, l.WholeTenant, l.Districts);
            var id = l.Id;
            await db.Listings.IgnoreQueryFilters([TenantFilter.Name]).Where(x => x.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchDocument, document), ct);
        }
        var ids = listings.Select(l => l.Id).ToList();
        var codes = o.Spheres.Select(s => s.SphereCode).ToHashSet(StringComparer.Ordinal);
        var existing = await db.ListingSpheres.AsNoTracking().Where(s => ids.Contains(s.ListingId)).Select(s => new { s.ListingId, s.SphereCode }).ToListAsync(ct);
        var stale = existing.Where(e => !codes.Contains(e.SphereCode)).ToList();
        foreach (var group in stale.GroupBy(s => s.SphereCode))
        {
            var staleIds = group.Select(g => g.ListingId).ToList();
            await db.ListingSpheres.Where(s => s.SphereCode == group.Key && staleIds.Contains(s.ListingId)).ExecuteDeleteAsync(ct);
        }
        var missing = ids.SelectMany(id => codes.Select(c => (id, c))).Where(x => !existing.Any(e => e.ListingId == x.id && e.SphereCode == x.c)).ToList();
        if (missing.Count > 0)
        {
            foreach (var (id, code) in missing)
            {
                if (db.ChangeTracker.Entries<ListingSphere>().Any(e => e.Entity.ListingId == id && e.Entity.SphereCode == code)) continue;
                db.ListingSpheres.Add(new ListingSphere(id, code));
            }
            await db.SaveChangesAsync(ct);
        }
        return listings.Select(l => l.TenantId).Distinct().ToList();
    }

    /// <summary>Drops the cached anonymous pages of the JSTs (directory, profile, map) and the directory's counts.</summary>
    public async Task EvictAsync(IEnumerable<Guid> tenantIds, CancellationToken ct)
    {
        foreach (var id in tenantIds.Distinct())
        {
            counts.Forget(id);
            await cache.EvictByTagAsync(AnonymousPageCachePolicy.TenantTag(id), ct);
        }
    }
}
