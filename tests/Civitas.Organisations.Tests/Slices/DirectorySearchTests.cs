using System.Globalization;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Search;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Ui;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Organisations.Tests.Slices;

/// <summary>The directory's search on a real database (both providers): word stems, the filter tokens
/// and the bounded counts and orders above <see cref="DirectorySearch.CountCap"/> matches.</summary>
public abstract class DirectorySearchTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private Task<DirectoryPage> PageAsync(TenantInfo tenant, string? q, string? sphere = null, string? sort = null, int page = 1)
        => App.InAsync(tenant, null, sp => sp.GetRequiredService<DirectorySearch>()
            .PageAsync(DirectoryFilter.Parse(q, sphere, null, null, null, null, sort).Filter, PageNumbers.From(page, 20), CancellationToken.None));

    [Fact]
    public async Task A_word_longer_than_eight_letters_finds_the_other_case_endings_of_the_word()
    {
        var tenant = await App.DemoTenantAsync();
        var rep = await App.PersonAsync("Odmieniająca");
        await App.RegisterAsync(tenant, rep, OrgKit.Profile("Stowarzyszenie Miłośników Kwiatuszkowego Ogrodnictwa"));
        foreach (var q in new[] { "stowarzyszenia milosnikow kwiatuszkowych", "kwiatuszkowemu ogrodnictwem", "Kwiatuszkowa", "kwiat" })
        {
            var found = await PageAsync(tenant, q);
            Assert.Contains(found.Items, r => r.Name == "Stowarzyszenie Miłośników Kwiatuszkowego Ogrodnictwa");
        }
        // Eight letters or fewer are a word beginning, not a stem: "kwiatuszy" (9) shares "kwiatusz", "kwiatki" does not begin it.
        Assert.Contains((await PageAsync(tenant, "kwiatuszy")).Items, r => r.Name.Contains("Kwiatuszkowego", StringComparison.Ordinal));
        Assert.DoesNotContain((await PageAsync(tenant, "kwiatki")).Items, r => r.Name.Contains("Kwiatuszkowego", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_searched_word_that_looks_like_a_filter_token_is_ignored_and_cannot_reach_another_local_government()
    {
        var demo = await App.DemoTenantAsync();
        var other = await App.CreateTenantAsync("gmina-zz-" + Guid.NewGuid().ToString("N")[..6], "Gmina Tokenów", $"zz-{Guid.NewGuid():N}.example");
        var rep = await App.PersonAsync("Tokenowa");
        await App.RegisterAsync(other, rep, OrgKit.Profile("Fundacja Tylko Tutaj Tokenowa"));

        var plain = await PageAsync(demo, null);
        var forged = await PageAsync(demo, SearchTokens.Tenant(other.Id));
        Assert.Equal(plain.Total, forged.Total);
        Assert.DoesNotContain(forged.Items, r => r.Name == "Fundacja Tylko Tutaj Tokenowa");
        Assert.Equal(0, (await PageAsync(demo, "tokenowa " + SearchTokens.Tenant(other.Id))).Total);
        Assert.Equal(1, (await PageAsync(other, "tokenowa " + SearchTokens.Tenant(demo.Id))).Total);
    }

    [Fact]
    public async Task Above_the_cap_counts_stop_and_a_search_comes_newest_first_while_a_plain_list_stays_alphabetical()
    {
        var tenant = await App.CreateTenantAsync("gmina-duza-" + Guid.NewGuid().ToString("N")[..6], "Gmina Duża", $"duza-{Guid.NewGuid():N}.example");
        var count = DirectorySearch.CountCap + 5;
        await App.InAsync(tenant, null, async sp =>
        {
            var db = sp.GetRequiredService<OrganisationsDb>();
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < count; i++)
            {
                // Named in the reverse of their listing order, so alphabetical and newest differ.
                var number = (count - i).ToString("D4", CultureInfo.InvariantCulture);
                var profile = OrgKit.Profile($"Klub Masowy Numer {number}") with { Spheres = i % 400 == 0 ? ["1", "13"] : ["13"] };
                var validated = profile.Validate(DateOnly.FromDateTime(now.UtcDateTime));
                Assert.True(validated.Succeeded);
                var organisation = Organisation.Create(validated.Value!, $"klub-masowy-{Guid.NewGuid():N}", now);
                db.Organisations.Add(organisation);
                db.Listings.Add(Listing.Create(organisation, tenant.Id, ListingSource.Imported, now, requestVerification: false));
            }
            await db.SaveChangesAsync();
        });

        var all = await PageAsync(tenant, null);
        Assert.Equal((DirectorySearch.CountCap, false), (all.Total, all.TotalIsExact));
        Assert.False(all.SortedNewest);
        Assert.True(all.HasNext);
        Assert.Equal("Klub Masowy Numer 0001", all.Items[0].Name);
        Assert.Equal(20, all.Items.Count);

        var search = await PageAsync(tenant, "masowy");
        Assert.Equal((DirectorySearch.CountCap, false), (search.Total, search.TotalIsExact));
        Assert.True(search.SortedNewest);
        Assert.Equal("Klub Masowy Numer 0001", search.Items[0].Name); // the last one listed
        Assert.Equal(search.Items.Select(r => r.ListingId).OrderDescending(), search.Items.Select(r => r.ListingId));
        var second = await PageAsync(tenant, "masowy", page: 2);
        Assert.True(second.Items[0].ListingId < search.Items[^1].ListingId);
        Assert.Equal("Klub Masowy Numer 0021", second.Items[0].Name);

        var newest = await PageAsync(tenant, "masowy", sort: "newest");
        Assert.False(newest.SortedNewest); // asked for, so nothing to tell
        Assert.Equal(search.Items.Select(r => r.ListingId), newest.Items.Select(r => r.ListingId));

        var one = await PageAsync(tenant, "masowy 0007");
        Assert.Equal((1, true), (one.Total, one.TotalIsExact));
        Assert.Equal("Klub Masowy Numer 0007", one.Items.Single().Name);

        var sphere = await PageAsync(tenant, null, sphere: "1");
        Assert.Equal((3, true), (sphere.Total, sphere.TotalIsExact));
        Assert.Equal(["1;13", "1;13", "1;13"], sphere.Items.Select(r => r.SphereCodes));
        Assert.Equal(sphere.Items.Select(r => r.Name).Order(StringComparer.Ordinal), sphere.Items.Select(r => r.Name));
    }

    [Fact]
    public async Task A_count_asked_again_comes_from_memory_until_the_directory_of_that_local_government_changes()
    {
        var tenant = await App.CreateTenantAsync("gmina-licz-" + Guid.NewGuid().ToString("N")[..6], "Gmina Liczona", $"licz-{Guid.NewGuid():N}.example");
        var other = await App.CreateTenantAsync("gmina-obok-" + Guid.NewGuid().ToString("N")[..6], "Gmina Obok", $"obok-{Guid.NewGuid():N}.example");
        var rep = await App.PersonAsync("Licząca");
        await App.RegisterAsync(tenant, rep, OrgKit.Profile("Fundacja Zapamiętanych Liczników"));
        await App.RegisterAsync(other, rep, OrgKit.Profile("Stowarzyszenie Zapamiętanych Sąsiadów"));
        Assert.Equal(1, (await PageAsync(tenant, "zapamietanych")).Total);
        Assert.Equal(1, (await PageAsync(other, "zapamietanych")).Total);

        // Written past the registry (as another instance of the application would): the count asked a moment
        // ago is still the one given, while the page itself is read afresh.
        await App.InAsync(tenant, null, async sp =>
        {
            var db = sp.GetRequiredService<OrganisationsDb>();
            var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();
            var validated = OrgKit.Profile("Klub Zapamiętanych Wyników").Validate(DateOnly.FromDateTime(now.UtcDateTime));
            Assert.True(validated.Succeeded);
            var organisation = Organisation.Create(validated.Value!, $"klub-zapamietanych-{Guid.NewGuid():N}", now);
            db.Organisations.Add(organisation);
            db.Listings.Add(Listing.Create(organisation, tenant.Id, ListingSource.Imported, now, requestVerification: false));
            await db.SaveChangesAsync();
        });
        var remembered = await PageAsync(tenant, "zapamietanych");
        Assert.Equal(1, remembered.Total);
        Assert.Equal(2, remembered.Items.Count);

        // A change through the registry forgets that JST's counts (and only that JST's).
        await App.RegisterAsync(tenant, rep, OrgKit.Profile("Koło Zapamiętanych Przepisów"));
        var fresh = await PageAsync(tenant, "zapamietanych");
        Assert.Equal((3, true), (fresh.Total, fresh.TotalIsExact));
        Assert.Equal(3, fresh.Items.Count);
        Assert.Equal(1, (await PageAsync(other, "zapamietanych")).Total);
    }
}

public sealed class DirectorySearchTests_Sqlite(SqliteAppFixture f) : DirectorySearchTests(f), IClassFixture<SqliteAppFixture>;

public sealed class DirectorySearchTests_Postgres(PostgresAppFixture f) : DirectorySearchTests(f), IClassFixture<PostgresAppFixture>;
