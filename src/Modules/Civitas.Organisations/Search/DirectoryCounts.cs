using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Civitas.Organisations.Search;

/// <summary>
/// The public directory's counts, kept in memory for <see cref="OrganisationsOptions.DirectoryCountSeconds"/>
/// (docs/adr/0009-directory-counts-in-memory.md). The count is the dearest part of a directory request on
/// PostgreSQL (a GIN or sequential scan up to <see cref="DirectorySearch.CountCap"/> matches, two thirds of the
/// database's work) and the directory changes a few times a day, while its filters are asked again and again.
/// A change made through this instance forgets the JST's counts at once (<see cref="Forget"/>, called where the
/// anonymous pages are evicted); one made through another instance shows after the time above at the latest,
/// the staleness the anonymous pages already accept (docs/adr/0004-output-cache-for-anonymous-pages.md).
/// </summary>
internal sealed class DirectoryCounts(IMemoryCache cache, IOptionsMonitor<OrganisationsOptions> options)
{
    // A JST's generation is part of every key: forgetting its counts is moving to the next generation, and the
    // entries of the old one are never read again and expire on their own.
    private readonly ConcurrentDictionary<Guid, long> generations = new();

    public async Task<int> CountAsync(SearchScope scope, IReadOnlyList<string> words, IReadOnlyList<string> tokens, int cap, Func<Task<int>> count)
    {
        var seconds = options.CurrentValue.DirectoryCountSeconds;
        if (seconds <= 0) return await count();
        // Read before counting: a change committed while the count runs moves the generation on, so a count
        // that may predate the change is stored under a key nobody asks for any more.
        var generation = generations.GetValueOrDefault(scope.TenantId);
        // Words and tokens are folded to [a-z0-9] (ListingSearch checks it), so the separators cannot be forged.
        var key = $"org:count:{scope.TenantId:N}:{generation}:{(scope.VisibleOnly ? 'v' : 'a')}:{cap}:{string.Join(' ', words)}|{string.Join(' ', tokens)}";
        if (cache.TryGetValue(key, out int known)) return known;
        var counted = await count();
        cache.Set(key, counted, TimeSpan.FromSeconds(seconds));
        return counted;
    }

    /// <summary>Forgets the counts of a JST: its directory changed.</summary>
    public void Forget(Guid tenantId) => generations.AddOrUpdate(tenantId, 1, (_, g) => g + 1);
}
