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
/// <item>PostgreSQL: a narrow table org_listing_search(id, tenant_id, visible, search_vector = to_tsvector('simple',
/// search_document)) with a GIN index, kept in step by a trigger (docs/adr/0007-postgres-narrow-search-table.md). The
/// scope (JST, visible only) is tested on its columns rather than as tokens: the JST's and visibility tokens are in
/// every row, and ANDing their full posting lists in the GIN index cost more than the words themselves.</item>
/// </list>
/// </summary>
/// <summary>Whose listings a search looks at: one JST's, and only the visible ones (the public directory) or all (the office).</summary>
internal readonly record struct SearchScope(Guid TenantId, bool VisibleOnly)
{
    /// <summary>The scope as index tokens (SQLite, where they are words of the FTS5 index like the filters).</summary>
    public IEnumerable<string> Tokens()
    {
        yield return SearchTokens.Tenant(TenantId);
        if (VisibleOnly) yield return SearchTokens.Visible;
    }
}

internal static class ListingSearch
{
    /// <summary>The listings in the scope matching every word (as a prefix) and every token.</summary>
    public static IQueryable<Listing> Matching(OrganisationsDb db, SearchScope scope, IReadOnlyList<string> words, IReadOnlyList<string> tokens)
        => db.IsPostgres
            ? db.Listings.FromSqlRaw(PostgresSql("SELECT o.* FROM org_listing_search AS s JOIN org_listing AS o ON o.id = s.id WHERE ", scope, words, tokens, "@@", ""), scope.TenantId, PostgresQuery(words, tokens))
            : db.Listings.FromSqlRaw("SELECT o.* FROM org_listing_fts AS f CROSS JOIN org_listing AS o ON o.id = f.rowid WHERE f.org_listing_fts MATCH {0}", SqliteQuery(scope, words, tokens));

    /// <summary>As <see cref="Matching"/>, the most recently listed first, read backwards from the index
    /// and stopping after <paramref name="take"/> rows: the cheap order when there are many matches.
    /// Only called when the count found more than the cap. On PostgreSQL the match is written as the function
    /// <c>ts_match_vq</c> (what <c>@@</c> calls) so that the GIN index cannot be used: the planner underestimates
    /// the matches of several prefixes ("kolo gospodyn": 159 estimated, 4 459 real) and otherwise reads every
    /// match from the index and sorts them, where walking the primary key backwards finds a page within a
    /// few hundred rows (25 ms → 0.4 ms on 150 000 listings).</summary>
    public static IQueryable<Listing> NewestMatching(OrganisationsDb db, SearchScope scope, IReadOnlyList<string> words, IReadOnlyList<string> tokens, int skip, int take)
        => db.IsPostgres
            ? db.Listings.FromSqlRaw(PostgresSql("SELECT o.* FROM (SELECT s.id FROM org_listing_search AS s WHERE ", scope, words, tokens, "ts_match_vq", " ORDER BY s.id DESC LIMIT {2} OFFSET {3}) AS m JOIN org_listing AS o ON o.id = m.id"), scope.TenantId, PostgresQuery(words, tokens), take, skip)
            : db.Listings.FromSqlRaw("SELECT o.* FROM org_listing_fts AS f CROSS JOIN org_listing AS o ON o.id = f.rowid WHERE f.org_listing_fts MATCH {0} ORDER BY f.rowid DESC LIMIT {1} OFFSET {2}", SqliteQuery(scope, words, tokens), take, skip);

    /// <summary>How many listings in the scope match, counting no further than <paramref name="cap"/>; reads the
    /// index only (SQLite) or the narrow search table only (PostgreSQL).</summary>
    public static async Task<int> CountAsync(OrganisationsDb db, SearchScope scope, IReadOnlyList<string> words, IReadOnlyList<string> tokens, int cap, CancellationToken ct)
        => db.IsPostgres
            ? await db.Database.SqlQueryRaw<int>(PostgresSql("SELECT COUNT(*)::int AS \"Value\" FROM (SELECT 1 FROM org_listing_search AS s WHERE ", scope, words, tokens, "@@", " LIMIT {2}) AS m"), scope.TenantId, PostgresQuery(words, tokens), cap).SingleAsync(ct)
            : await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM (SELECT 1 FROM org_listing_fts WHERE org_listing_fts MATCH {0} LIMIT {1})", SqliteQuery(scope, words, tokens), cap).SingleAsync(ct);

    /// <summary>A word matches the words it begins; a word longer than <see cref="StemLength"/> letters matches the
    /// words that share its first eight letters: a crude but useful stemmer for Polish, whose endings change
    /// with the case ("stowarzyszenie", "stowarzyszenia", "stowarzyszeń"; "przyjaciół", "przyjaciela"), and
    /// the longest prefix the SQLite index keeps, so a word is one index read rather than a merge of many.</summary>
    public const int StemLength = 8;

    /// <summary>A long number (KRS, NIP, REGON) is matched whole: its first eight digits say little.</summary>
    private static bool IsWholeNumber(string word) => word.Length > StemLength && word.All(char.IsAsciiDigit);

    private static string Stem(string word) => word.Length > StemLength ? word[..StemLength] : word;

    private static string SqliteQuery(SearchScope scope, IReadOnlyList<string> words, IReadOnlyList<string> tokens)
    {
        var all = scope.Tokens().Concat(tokens).ToList();
        Check(words, all);
        return string.Join(' ', words.Select(w => IsWholeNumber(w) ? "\"" + w + "\"" : "\"" + Stem(w) + "\"*").Concat(all.Select(t => "\"" + t + "\"")));
    }

    /// <summary>The tsquery of the words and filter tokens; empty when there are none (the scope alone selects).</summary>
    private static string PostgresQuery(IReadOnlyList<string> words, IReadOnlyList<string> tokens)
    {
        Check(words, tokens);
        return string.Join(" & ", words.Select(w => IsWholeNumber(w) ? w : Stem(w) + ":*").Concat(tokens));
    }

    /// <summary>A query with the scope's and the match's condition between <paramref name="before"/> and
    /// <paramref name="after"/>. Parameters: {0} the JST, {1} the tsquery, then the caller's. Only fixed SQL of this
    /// class is put together here, never user text (which is always a parameter).</summary>
    private static string PostgresSql(string before, SearchScope scope, IReadOnlyList<string> words, IReadOnlyList<string> tokens, string match, string after)
        => before + PostgresWhere(scope, words, tokens, match) + after;

    private static string PostgresWhere(SearchScope scope, IReadOnlyList<string> words, IReadOnlyList<string> tokens, string match)
    {
        var where = "s.tenant_id = {0}" + (scope.VisibleOnly ? " AND s.visible" : "");
        // Nothing to match (a count of the whole scope): {1} is then the empty string, compared so that the
        // parameter numbering stays the same in every form of the query.
        if (words.Count + tokens.Count == 0) return where + " AND {1} = ''";
        return where + (match == "@@" ? " AND s.search_vector @@ to_tsquery('simple', {1})" : " AND ts_match_vq(s.search_vector, to_tsquery('simple', {1}))");
    }

    private static void Check(IReadOnlyList<string> words, IReadOnlyList<string> tokens)
    {
        if (words.Concat(tokens).Any(t => t.Length == 0 || !t.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))))
            throw new ArgumentException("Search words and tokens must be folded and non-empty.");
    }
}
