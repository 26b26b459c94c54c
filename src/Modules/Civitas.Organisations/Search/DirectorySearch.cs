using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Search;

/// <summary>Queries of the public directory of the current JST: the list, its count, the map points,
/// the export rows. Only visible listings (unverified or verified) appear.</summary>
internal sealed class DirectorySearch(OrganisationsDb db)
{
    public IQueryable<Listing> Filter(DirectoryFilter f)
    {
        var q = ListingSearch.Matching(db, f.Terms).Where(l => l.Visible);
        if (f.Sphere is { } sphere) q = q.Where(l => db.ListingSpheres.Any(s => s.ListingId == l.Id && s.SphereCode == sphere));
        if (f.District is { } district) q = q.Where(l => db.ListingDistricts.Any(d => d.ListingId == l.Id && d.DistrictId == district));
        if (f.LegalForm is { } form) q = q.Where(l => l.LegalForm == form);
        if (f.PublicBenefit is { } opp) q = q.Where(l => l.IsPublicBenefit == opp);
        if (f.Verified is { } verified) q = verified ? q.Where(l => l.Status == OrganisationStatus.Verified) : q.Where(l => l.Status != OrganisationStatus.Verified);
        return q;
    }

    public static IQueryable<Listing> Sorted(IQueryable<Listing> q, DirectorySort sort) => sort == DirectorySort.Newest
        ? q.OrderByDescending(l => l.ListedAt).ThenByDescending(l => l.Id)
        : q.OrderBy(l => l.SortName).ThenBy(l => l.Id);

    public Task<int> CountWithoutLocationAsync(DirectoryFilter f, CancellationToken ct)
        => Filter(f).CountAsync(l => l.Latitude == null || l.Longitude == null, ct);

    public async Task<PagedList<DirectoryRow>> PageAsync(DirectoryFilter f, PageNumbers page, CancellationToken ct)
    {
        var q = Filter(f);
        var total = await q.CountAsync(ct);
        var rows = await Sorted(q, f.Sort).Skip(page.Skip).Take(page.PageSize).AsNoTracking()
            .Select(l => new DirectoryRow(l.Id, l.OrganisationId, l.Slug, l.Name, l.City, l.LegalForm, l.IsPublicBenefit, l.Status, l.MainSphere))
            .ToListAsync(ct);
        if (rows.Count > 0)
        {
            var ids = rows.Select(r => r.ListingId).ToList();
            var spheres = (await db.ListingSpheres.AsNoTracking().Where(s => ids.Contains(s.ListingId)).Select(s => new { s.ListingId, s.SphereCode }).ToListAsync(ct))
                .ToLookup(s => s.ListingId, s => s.SphereCode);
            rows = rows.Select(r => r with { Spheres = spheres[r.ListingId].OrderBy(SphereSeed.IndexOf).ToList() }).ToList();
        }
        return new PagedList<DirectoryRow>(rows, total, page.Page, page.PageSize);
    }
}
