using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Search;

/// <summary>
/// Full-text match of listings by the words of a query, each taken as a word prefix ("lod" finds
/// "Łódź"). The indexed text is already folded by <see cref="SearchText"/>, so the query's words are plain
/// [a-z0-9] and need no escaping. See docs/adr/0003-organisation-search.md for the measurements behind
/// the two ways of answering:
/// <list type="bullet">
/// <item>SQLite: an FTS5 external-content table over org_listing.search_text (org_listing_fts, kept in
/// step by triggers). <see cref="FtsFirst"/> walks the index's matches and joins each to its listing
/// (CROSS JOIN keeps that order): cheap when the words are rare, and for counts that stop early.
/// <see cref="ContainingWords"/> tests each listing's text with LIKE instead, for words so common that
/// walking the directory in name order finds a page's worth sooner than the index can list them all.</item>
/// <item>PostgreSQL: a stored tsvector column (to_tsvector('simple', search_text)) with a GIN index; the
/// planner chooses between the index and an ordered scan with its own statistics.</item>
/// </list>
/// </summary>
internal static class ListingSearch
{
    public static IQueryable<Listing> FtsFirst(OrganisationsDb db, IReadOnlyList<string> terms)
    {
        CheckFolded(terms);
        if (db.IsPostgres)
        {
            return db.Listings.FromSqlRaw("SELECT * FROM org_listing WHERE search_vector @@ to_tsquery('simple', {0})", string.Join(" & ", terms.Select(t => t + ":*")));
        }
        return db.Listings.FromSqlRaw(
            "SELECT o.* FROM org_listing_fts AS f CROSS JOIN org_listing AS o ON o.id = f.rowid WHERE f.org_listing_fts MATCH {0}",
            string.Join(' ', terms.Select(t => "\"" + t + "\"*")));
    }

    /// <summary>Listings whose text has every word as the beginning of a word (SQL LIKE on the folded text).</summary>
    public static IQueryable<Listing> ContainingWords(IQueryable<Listing> listings, IReadOnlyList<string> terms)
    {
        CheckFolded(terms);
        foreach (var term in terms)
        {
            var pattern = "% " + term + "%";
            listings = listings.Where(l => EF.Functions.Like(" " + l.SearchText, pattern));
        }
        return listings;
    }

    /// <summary>How many indexed texts match, counting no further than <paramref name="cap"/> (SQLite only).</summary>
    public static async Task<int> CountMatchesAsync(OrganisationsDb db, IReadOnlyList<string> terms, int cap, CancellationToken ct)
    {
        CheckFolded(terms);
        var match = string.Join(' ', terms.Select(t => "\"" + t + "\"*"));
        return await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS \"Value\" FROM (SELECT 1 FROM org_listing_fts WHERE org_listing_fts MATCH {0} LIMIT {1})", match, cap).SingleAsync(ct);
    }

    private static void CheckFolded(IReadOnlyList<string> terms)
    {
        if (terms.Count == 0 || terms.Any(t => t.Length == 0 || !t.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))))
            throw new ArgumentException("Terms must be folded and non-empty.", nameof(terms));
    }
}
