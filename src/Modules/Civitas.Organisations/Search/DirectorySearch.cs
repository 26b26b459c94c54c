using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Search;

/// <summary>
/// Queries of the public directory of the current JST: the list, its count, the map points, the
/// export rows. Only visible listings (unverified or verified) appear. Every query is bounded: a page
/// reads an index in the requested order and stops after a page; a count stops after
/// <see cref="CountCap"/> (a directory of 150 000 organisations answers "more than 1 000" rather than
/// counting them all on every request; docs/adr/0003-organisation-search.md).
/// </summary>
internal sealed class DirectorySearch(OrganisationsDb db)
{
    public const int CountCap = 1000;

    /// <summary>On SQLite, words matching at most this many texts are answered from the full-text index
    /// first; commoner words by walking the directory in name order.</summary>
    public const int FtsFirstMax = 2000;

    /// <summary>Every listing the filter selects, without order (map points, exports).</summary>
    public async Task<IQueryable<Listing>> FilterAsync(DirectoryFilter f, CancellationToken ct)
        => Refine(await TextAsync(f, ct), f);

    public static IQueryable<Listing> Sorted(IQueryable<Listing> q, DirectorySort sort) => sort == DirectorySort.Newest
        ? q.OrderByDescending(l => l.ListedAt).ThenByDescending(l => l.Id)
        : q.OrderBy(l => l.SortName).ThenBy(l => l.Id);

    public async Task<DirectoryPage> PageAsync(DirectoryFilter f, PageNumbers page, CancellationToken ct)
    {
        var listings = Refine(await TextAsync(f, ct), f);
        var rows = await Sorted(listings, f.Sort).Skip(page.Skip).Take(page.PageSize + 1).AsNoTracking()
            .Select(l => new DirectoryRow(l.Id, l.OrganisationId, l.Slug, l.Name, l.City, l.LegalForm, l.IsPublicBenefit, l.Status, l.MainSphere))
            .ToListAsync(ct);
        var hasNext = rows.Count > page.PageSize;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        var (total, exact) = await CountAsync(f, ct);
        if (rows.Count > 0)
        {
            var ids = rows.Select(r => r.ListingId).ToList();
            var spheres = (await db.ListingSpheres.AsNoTracking().Where(s => ids.Contains(s.ListingId)).Select(s => new { s.ListingId, s.SphereCode }).ToListAsync(ct))
                .ToLookup(s => s.ListingId, s => s.SphereCode);
            rows = rows.Select(r => r with { Spheres = spheres[r.ListingId].OrderBy(SphereSeed.IndexOf).ToList() }).ToList();
        }
        return new DirectoryPage(rows, total, exact, page.Page, page.PageSize, hasNext);
    }

    /// <summary>The number of listings the filter selects, exact up to <see cref="CountCap"/>.</summary>
    public async Task<(int Total, bool Exact)> CountAsync(DirectoryFilter f, CancellationToken ct)
    {
        IQueryable<Listing> source;
        if (f.Terms.Count > 0)
        {
            // Walk the full-text index's matches: the first thousand qualifying ones end the count.
            source = ListingSearch.FtsFirst(db, f.Terms);
        }
        else if (f.Sphere is { } sphere)
        {
            // From the sphere's own index rather than through every listing of the JST.
            source = db.ListingSpheres.Where(s => s.SphereCode == sphere).Join(db.Listings, s => s.ListingId, l => l.Id, (s, l) => l);
        }
        else if (f.District is { } district)
        {
            source = db.ListingDistricts.Where(d => d.DistrictId == district).Join(db.Listings, d => d.ListingId, l => l.Id, (d, l) => l);
        }
        else
        {
            source = db.Listings;
        }
        var counted = await Refine(source, f).Take(CountCap + 1).CountAsync(ct);
        return counted > CountCap ? (CountCap, false) : (counted, true);
    }

    public async Task<int> CountWithoutLocationAsync(DirectoryFilter f, CancellationToken ct)
        => await (await FilterAsync(f, ct)).Where(l => l.Latitude == null || l.Longitude == null).Take(CountCap + 1).CountAsync(ct);

    private async Task<IQueryable<Listing>> TextAsync(DirectoryFilter f, CancellationToken ct)
    {
        if (f.Terms.Count == 0) return db.Listings;
        if (db.IsPostgres) return ListingSearch.FtsFirst(db, f.Terms);
        var matches = await ListingSearch.CountMatchesAsync(db, f.Terms, FtsFirstMax + 1, ct);
        return matches <= FtsFirstMax ? ListingSearch.FtsFirst(db, f.Terms) : ListingSearch.ContainingWords(db.Listings, f.Terms);
    }

    private IQueryable<Listing> Refine(IQueryable<Listing> q, DirectoryFilter f)
    {
        // A parameter, not the constant: "visible = @p" lets SQLite use the (tenant, visible, sort_name)
        // index for the order; a bare boolean column would not.
        var visible = true;
        q = q.Where(l => l.Visible == visible);
        if (f.Sphere is { } sphere) q = q.Where(l => db.ListingSpheres.Any(s => s.ListingId == l.Id && s.SphereCode == sphere));
        if (f.District is { } district) q = q.Where(l => db.ListingDistricts.Any(d => d.ListingId == l.Id && d.DistrictId == district));
        if (f.LegalForm is { } form) q = q.Where(l => l.LegalForm == form);
        if (f.PublicBenefit is { } opp) q = q.Where(l => l.IsPublicBenefit == opp);
        if (f.Verified is { } verified)
        {
            var status = OrganisationStatus.Verified;
            q = verified ? q.Where(l => l.Status == status) : q.Where(l => l.Status != status);
        }
        return q;
    }
}
