using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Search;

/// <summary>
/// The full-text index of the directory (docs/adr/0005-organisation-search.md). It holds each listing's
/// <see cref="Listing.SearchDocument"/>: the folded names, city and identifiers, and the filter tokens of
/// <see cref="SearchTokens"/>. A query is a list of words, each matched as a word beginning ("lod" finds
/// "Łódź"), and tokens matched exactly; everything is already folded to [a-z0-9], so nothing needs escaping.
/// <list type="bullet">
/// <item>SQLite: FTS5 external-content table org_listing_fts over org_listing.search_document, kept in step
/// by triggers, with prefix indexes up to 8 letters. Matches are read from the index first (CROSS JOIN keeps
/// that order).</item>
/// <item>PostgreSQL: stored tsvector column search_vector = to_tsvector('simple', search_document) with a GIN index.</item>
/// </list>
/// </summary>
internal static class ListingSearch
{
    /// <summary>The listings matching every word (as a prefix) and every token.</summary>
    public static IQueryable<Listing> Matching(OrganisationsDb db, IReadOnlyList<string> words, IReadOnlyList<string> tokens)
        => db.IsPostgres
            ? db.Listings.FromSqlRaw("SELECT * FROM org_listing WHERE search_vector @@ to_tsquery('simple', {0})", PostgresQuery(words, tokens))
            : db.Listings.FromSqlRaw("SELECT o.* FROM org_listing_fts AS f CROSS JOIN org_listing AS o ON o.id = f.rowid WHERE f.org_listing_fts MATCH {0}", SqliteQuery(words, tokens));

    /// <summary>As <see cref="Matching"/>, the most recently listed first, read backwards from the index
    /// and stopping after <paramref name="take"/> rows: the cheap order when there are many matches.
    /// Only called when the count found more than the cap. On PostgreSQL the match is written as the function
    /// <c>ts_match_vq</c> (what <c>@@</c> calls) so that the GIN index cannot be used: the planner underestimates
    /// the matches of several prefixes ("kolo gospodyn": 159 estimated, 4 459 real) and otherwise reads every
    /// match's row from the heap and sorts them, where walking the primary key backwards finds a page within a
    /// few hundred rows (25 ms → 0.4 ms on 150 000 listings).</summary>
    public static IQueryable<Listing> NewestMatching(OrganisationsDb db, IReadOnlyList<string> words, IReadOnlyList<string> tokens, int skip, int take)
        => db.IsPostgres
            ? db.Listings.FromSqlRaw("SELECT * FROM org_listing WHERE ts_match_vq(search_vector, to_tsquery('simple', {0})) ORDER BY id DESC LIMIT {1} OFFSET {2}", PostgresQuery(words, tokens), take, skip)
            : db.Listings.FromSqlRaw("SELECT o.* FROM org_listing_fts AS f CROSS JOIN org_listing AS o ON o.id = f.rowid WHERE f.org_listing_fts MATCH {0} ORDER BY f.rowid DESC LIMIT {1} OFFSET {2}", SqliteQuery(words, tokens), take, skip);

    /// <summary>How many listings match, counting no further than <paramref name="cap"/>; reads the index only.</summary>
    public static async Task<int> CountAsync(OrganisationsDb db, IReadOnlyList<string> words, IReadOnlyList<string> tokens, int cap, CancellationToken ct)
        => db.IsPostgres
            ? await db.Database.SqlQueryRaw<int>("SELECT COUNT(*)::int AS \"Value\" FROM (SELECT 1 FROM org_listing WHERE search_vector @@ to_tsquery('simple', {0}) LIMIT {1}) AS m", PostgresQuery(words, tokens), cap).SingleAsync(ct)
            : await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM (SELECT 1 FROM org_listing_fts WHERE org_listing_fts MATCH {0} LIMIT {1})", SqliteQuery(words, tokens), cap).SingleAsync(ct);

    /// <summary>A word matches the words it begins; a word longer than <see cref="StemLength"/> letters matches the
    /// words that share its first eight letters: a crude but useful stemmer for Polish, whose endings change
    /// with the case ("stowarzyszenie", "stowarzyszenia", "stowarzyszeń"; "przyjaciół", "przyjaciela"), and
    /// the longest prefix the SQLite index keeps, so a word is one index read rather than a merge of many.</summary>
    public const int StemLength = 8;

    /// <summary>A long number (KRS, NIP, REGON) is matched whole: its first eight digits say little.</summary>
    private static bool IsWholeNumber(string word) => word.Length > StemLength && word.All(char.IsAsciiDigit);

    private static string Stem(string word) => word.Length > StemLength ? word[..StemLength] : word;

    private static string SqliteQuery(IReadOnlyList<string> words, IReadOnlyList<string> tokens)
    {
        Check(words, tokens);
        return string.Join(' ', words.Select(w => IsWholeNumber(w) ? "\"" + w + "\"" : "\"" + Stem(w) + "\"*").Concat(tokens.Select(t => "\"" + t + "\"")));
    }

    private static string PostgresQuery(IReadOnlyList<string> words, IReadOnlyList<string> tokens)
    {
        Check(words, tokens);
        return string.Join(" & ", words.Select(w => IsWholeNumber(w) ? w : Stem(w) + ":*").Concat(tokens));
    }

    private static void Check(IReadOnlyList<string> words, IReadOnlyList<string> tokens)
    {
        if (words.Count + tokens.Count == 0 || words.Concat(tokens).Any(t => t.Length == 0 || !t.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))))
            throw new ArgumentException("Search words and tokens must be folded and non-empty.");
    }
}
