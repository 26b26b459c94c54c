using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Search;

/// <summary>
/// Queries of the public directory of the current JST: the list, its count, the map points, the
/// export rows. Only visible listings (unverified or verified) appear. Every query is bounded
/// (docs/adr/0005-organisation-search.md):
/// <list type="bullet">
/// <item>the count asks the full-text index (words and filter tokens) and stops after <see cref="CountCap"/>:
/// a directory of 150 000 answers "more than 1 000" rather than counting them on every request;</item>
/// <item>up to <see cref="CountCap"/> matches, the page is ordered from all of them;</item>
/// <item>beyond it, a list without words reads the name (or newest) index in order and stops after a page;
/// a search with more matches than that comes newest first from the end of the full-text index (an
/// alphabetical page would need every match; <see cref="DirectoryPage.SortedNewest"/> tells the page).</item>
/// </list>
/// </summary>
internal sealed class DirectorySearch(OrganisationsDb db, ITenantContext tenant, DirectoryCounts counts)
{
    public const int CountCap = 1000;

    /// <summary>The public directory: this JST's visible listings.</summary>
    private SearchScope Scope => new(tenant.Require().Id, VisibleOnly: true);

    /// <summary>The filter tokens (the scope's own tokens come from <see cref="Scope"/>).</summary>
    public static IReadOnlyList<string> Tokens(DirectoryFilter f, string? extra = null)
    {
        var tokens = new List<string>();
        if (f.Sphere is { } sphere) tokens.Add(SearchTokens.Sphere(sphere));
        if (f.District is { } district) tokens.Add(SearchTokens.District(district));
        if (f.LegalForm is { } form) tokens.Add(SearchTokens.LegalForm(form));
        if (f.PublicBenefit == true) tokens.Add(SearchTokens.PublicBenefit);
        if (f.Verified == true) tokens.Add(SearchTokens.Verified);
        if (extra is not null) tokens.Add(extra);
        return tokens;
    }

    /// <summary>Every listing the filter selects, without order (map points, exports).</summary>
    public IQueryable<Listing> Filter(DirectoryFilter f)
        => IsPlainList(f) ? Refine(db.Listings, f) : Refine(ListingSearch.Matching(db, Scope, f.Terms, Tokens(f)), f);

    public static IQueryable<Listing> Sorted(IQueryable<Listing> q, DirectorySort sort) => sort == DirectorySort.Newest
        ? q.OrderByDescending(l => l.Id)
        : q.OrderBy(l => l.SortName).ThenBy(l => l.Id);

    public async Task<DirectoryPage> PageAsync(DirectoryFilter f, PageNumbers page, CancellationToken ct)
    {
        var (total, exact) = await CountAsync(f, ct);
        IQueryable<Listing> ordered;
        var newest = f.Sort == DirectorySort.Newest;
        if (exact)
        {
            // At most CountCap matches: read them all from the index and order them.
            ordered = Sorted(Refine(ListingSearch.Matching(db, Scope, f.Terms, Tokens(f)), f), f.Sort).Skip(page.Skip).Take(page.PageSize + 1);
        }
        else if (f.Terms.Count == 0)
        {
            // Many matches, no words: walk the index of the requested order, test the filters row by row.
            ordered = Sorted(Refine(db.Listings, f), f.Sort).Skip(page.Skip).Take(page.PageSize + 1);
        }
        else
        {
            newest = true;
            ordered = Refine(ListingSearch.NewestMatching(db, Scope, f.Terms, Tokens(f), page.Skip, page.PageSize + 1), f);
        }
        var rows = await ordered.AsNoTracking()
            .Select(l => new DirectoryRow(l.Id, l.OrganisationId, l.Slug, l.Name, l.City, l.LegalForm, l.IsPublicBenefit, l.Status, l.MainSphere, l.SphereCodes))
            .ToListAsync(ct);
        if (!exact && f.Terms.Count > 0) rows = rows.OrderByDescending(r => r.ListingId).ToList();
        var hasNext = rows.Count > page.PageSize;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        return new DirectoryPage(rows, total, exact, page.Page, page.PageSize, hasNext) { SortedNewest = newest && f.Sort != DirectorySort.Newest };
    }

    /// <summary>The number of listings the filter selects, exact up to <see cref="CountCap"/>.</summary>
    public async Task<(int Total, bool Exact)> CountAsync(DirectoryFilter f, CancellationToken ct)
    {
        var counted = await CountUpToAsync(Tokens(f), f, ct);
        return counted > CountCap ? (CountCap, false) : (counted, true);
    }

    /// <summary>Listings the filter selects that have no coordinates (they are on the list, not on the map), up to the cap.</summary>
    public Task<int> CountWithoutLocationAsync(DirectoryFilter f, CancellationToken ct)
        => CountUpToAsync(Tokens(f, SearchTokens.NotLocated), f, ct);

    /// <summary>Counts up to one above the cap, from memory when the same count was asked lately (<see cref="DirectoryCounts"/>).</summary>
    private Task<int> CountUpToAsync(IReadOnlyList<string> tokens, DirectoryFilter f, CancellationToken ct)
    {
        var scope = Scope;
        return counts.CountAsync(scope, f.Terms, tokens, CountCap + 1, () => ListingSearch.CountAsync(db, scope, f.Terms, tokens, CountCap + 1, ct));
    }

    private static bool IsPlainList(DirectoryFilter f) => f.Terms.Count == 0 && f.Sphere is null && f.District is null && f.LegalForm is null && f.PublicBenefit is null && f.Verified is null;

    private IQueryable<Listing> Refine(IQueryable<Listing> q, DirectoryFilter f)
    {
        // Checked on the rows too (the tokens already selected them): the tenant filter of the context
        // applies as well, so a stale token can hide a row but never show another JST's.
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
