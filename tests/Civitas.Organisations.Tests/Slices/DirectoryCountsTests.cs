using Civitas.Organisations.Search;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Civitas.Organisations.Tests.Slices;

/// <summary>The memory of the directory's counts on its own: what is one count, and when it is asked again.</summary>
public sealed class DirectoryCountsTests
{
    private sealed class Fixed(OrganisationsOptions value) : IOptionsMonitor<OrganisationsOptions>
    {
        public OrganisationsOptions CurrentValue => value;
        public OrganisationsOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<OrganisationsOptions, string?> listener) => null;
    }

    private static DirectoryCounts Counts(int seconds) => new(new MemoryCache(new MemoryCacheOptions()), new Fixed(new OrganisationsOptions { DirectoryCountSeconds = seconds }));

    [Fact]
    public async Task Each_scope_word_list_token_list_and_cap_is_counted_once_until_its_local_government_is_forgotten()
    {
        var counts = Counts(60);
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var asked = 0;
        Task<int> Count() => Task.FromResult(++asked);

        Assert.Equal(1, await counts.CountAsync(new SearchScope(a, true), ["kolo"], ["zzs13"], 1001, Count));
        Assert.Equal(1, await counts.CountAsync(new SearchScope(a, true), ["kolo"], ["zzs13"], 1001, Count));
        // Any difference is another count: the words and the tokens are not interchangeable, nor the scopes.
        Assert.Equal(2, await counts.CountAsync(new SearchScope(a, true), ["kolo", "zzs13"], [], 1001, Count));
        Assert.Equal(3, await counts.CountAsync(new SearchScope(a, false), ["kolo"], ["zzs13"], 1001, Count));
        Assert.Equal(4, await counts.CountAsync(new SearchScope(a, true), ["kolo"], ["zzs13"], 11, Count));
        Assert.Equal(5, await counts.CountAsync(new SearchScope(b, true), ["kolo"], ["zzs13"], 1001, Count));

        counts.Forget(a);
        Assert.Equal(6, await counts.CountAsync(new SearchScope(a, true), ["kolo"], ["zzs13"], 1001, Count));
        Assert.Equal(5, await counts.CountAsync(new SearchScope(b, true), ["kolo"], ["zzs13"], 1001, Count));
        Assert.Equal(6, asked);
    }

    [Fact]
    public async Task With_no_seconds_configured_every_request_counts()
    {
        var counts = Counts(0);
        var asked = 0;
        Task<int> Count() => Task.FromResult(++asked);
        var scope = new SearchScope(Guid.NewGuid(), true);
        Assert.Equal(1, await counts.CountAsync(scope, ["sport"], [], 1001, Count));
        Assert.Equal(2, await counts.CountAsync(scope, ["sport"], [], 1001, Count));
    }
}
