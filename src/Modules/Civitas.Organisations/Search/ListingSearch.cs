using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Search;

/// <summary>
/// Full-text match of listings by the words of a query, each taken as a word prefix ("lod" finds
/// "Łódź"): SQLite FTS5 over org_listing.search_text (external-content table org_listing_fts, kept in
/// step by triggers), PostgreSQL full text over a GIN index of to_tsvector('simple', search_text).
/// Both index text already folded by <see cref="SearchText"/>, so the query's words are plain
/// [a-z0-9] and need no escaping. The result composes with the tenant filter and every other filter.
/// See docs/adr/0003-organisation-search.md.
/// </summary>
internal static class ListingSearch
{
    public static IQueryable<Listing> Matching(OrganisationsDb db, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0) return db.Listings;
        if (terms.Any(t => !t.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))) throw new ArgumentException("Terms must be folded.", nameof(terms));
        if (db.IsPostgres)
        {
            var tsquery = string.Join(" & ", terms.Select(t => t + ":*"));
            return db.Listings.FromSqlRaw("SELECT * FROM org_listing WHERE to_tsvector('simple', search_text) @@ to_tsquery('simple', {0})", tsquery);
        }
        var match = string.Join(' ', terms.Select(t => "\"" + t + "\"*"));
        return db.Listings.FromSqlRaw("SELECT * FROM org_listing WHERE id IN (SELECT rowid FROM org_listing_fts WHERE org_listing_fts MATCH {0})", match);
    }
}
