using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Tenancy;
using Civitas.Publishing.Contracts;
using Civitas.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Publishing;

/// <summary>The publication window of a small-grant offer (art. 19a ust. 3 UDPP), with the clock moved by
/// hand. This class moves its app's clock forward, so it has a fixture of its own.</summary>
public abstract class VisibilityWindowTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task A_small_grant_offer_leaves_the_register_and_the_feed_after_its_publication_period_and_stays_in_the_archive()
    {
        var tenant = await App.DemoTenantAsync();
        var now = PublishingTime.Now(App);
        // The period comes from the legal parameters, as the Grants module will take it.
        var days = await App.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(tenant);
            return (await sp.GetRequiredService<ILegalParameters>().GetAsync(LegalParameterKeys.SmallGrantPublicationDays, WarsawTime.DateOf(now))).AsInt();
        });
        var title = $"Oferta Klubu Sportowego „Orzeł” w trybie art. 19a {Guid.NewGuid():N}";
        var id = await App.PublishAsync(tenant, Publications.Request($"window:{Guid.NewGuid():N}", title, now, PublicationCategory.SmallGrantOffer,
            visibleTo: now.AddDays(days)));

        using var reader = new TestClient(App);
        Assert.Contains(title, (await reader.GetPageAsync("/publikacje")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(title, await FeedAsync(reader), StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await reader.GetPageAsync("/publikacje/archiwum")).Body!.TextContent, StringComparison.Ordinal);

        // One minute before the end it is still published…
        App.Clock.Set(now.AddDays(days).AddMinutes(-1));
        await App.RunScheduledJobsAsync();
        Assert.Contains(title, (await reader.GetPageAsync("/publikacje")).Body!.TextContent, StringComparison.Ordinal);

        // …and once the period has ended, the visibility-window job evicts the cached pages.
        App.Clock.Set(now.AddDays(days).AddMinutes(2));
        var cached = await reader.GetAsync("/publikacje");
        Assert.NotNull(cached.Headers.Age);
        Assert.Contains(title, await cached.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("publishing.visibility-window", await App.RunScheduledJobsAsync());

        Assert.DoesNotContain(title, (await reader.GetPageAsync("/publikacje")).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(title, await FeedAsync(reader), StringComparison.Ordinal);
        var archive = await reader.GetPageAsync("/publikacje/archiwum");
        var row = archive.QuerySelectorAll("table.data tbody tr").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Contains("Archiwalne", row.TextContent, StringComparison.Ordinal);
        var entry = await reader.GetPageAsync($"/publikacje/{id}");
        Assert.Contains("okres jej udostępniania zakończył się", entry.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var api = await reader.GetAsync($"/api/v1/publications/{id}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("expired", JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("state").GetString());
        Assert.DoesNotContain(id.ToString(), await (await reader.GetAsync("/api/v1/publications?pageSize=100")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> FeedAsync(TestClient reader)
    {
        var feed = XDocument.Parse(await (await reader.GetAsync("/publikacje/feed.atom")).Content.ReadAsStringAsync());
        return string.Join("\n", feed.Descendants(XName.Get("title", "http://www.w3.org/2005/Atom")).Select(t => t.Value));
    }
}

public sealed class VisibilityWindowTests_Sqlite(SqliteAppFixture f) : VisibilityWindowTests(f), IClassFixture<SqliteAppFixture>;

public sealed class VisibilityWindowTests_Postgres(PostgresAppFixture f) : VisibilityWindowTests(f), IClassFixture<PostgresAppFixture>;
