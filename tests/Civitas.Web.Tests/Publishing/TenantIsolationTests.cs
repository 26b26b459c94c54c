using System.Net;
using System.Xml.Linq;
using Civitas.Platform.Identity;
using Civitas.Publishing.Contracts;
using Civitas.Testing;

namespace Civitas.Web.Tests.Publishing;

/// <summary>A publication of tenant B is never visible on tenant A's host: not in the register, the
/// archive, the entry and version pages, the feed, the API, or the office pages of A's officials.</summary>
public abstract class TenantIsolationTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;
    private DateTimeOffset Now => PublishingTime.Now(App);

    [Fact]
    public async Task An_entry_of_another_tenant_is_not_found_on_this_tenants_host_in_any_public_route()
    {
        var b = await App.CreateTenantAsync("gmina-izolowana", "Gmina Izolowana", "izolowana.example");
        var title = $"Ogłoszenie Gminy Izolowanej {Guid.NewGuid():N}";
        var expiredTitle = $"Oferta Gminy Izolowanej {Guid.NewGuid():N}";
        var id = await App.PublishAsync(b, Publications.Request($"iso:{Guid.NewGuid():N}", title, Now));
        var offer = Publications.Request($"iso:{Guid.NewGuid():N}", expiredTitle, Now.AddDays(-9), PublicationCategory.SmallGrantOffer, visibleTo: Now.AddDays(-2));
        var expired = await App.PublishAsync(b, offer with { VisibleFrom = Now.AddDays(-9) });

        using var onB = new TestClient(App, "izolowana.example");
        Assert.Contains(title, (await onB.GetPageAsync("/publikacje")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync($"/publikacje/{id}")).StatusCode);

        using var onA = new TestClient(App);
        Assert.DoesNotContain(title, (await onA.GetPageAsync("/publikacje")).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(expiredTitle, (await onA.GetPageAsync("/publikacje/archiwum")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(PublicPagesTests.Titles(await onA.GetPageAsync($"/publikacje?szukaj={Uri.EscapeDataString(title)}")));
        foreach (var url in new[] { $"/publikacje/{id}", $"/publikacje/{id}/wersja/1", $"/publikacje/{expired}", $"/api/v1/publications/{id}", $"/api/v1/publications/{expired}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await onA.GetAsync(url)).StatusCode);
        }
        var feed = XDocument.Parse(await (await onA.GetAsync("/publikacje/feed.atom")).Content.ReadAsStringAsync());
        Assert.DoesNotContain(feed.Descendants(), e => e.Value.Contains(title, StringComparison.Ordinal));
        var api = await (await onA.GetAsync("/api/v1/publications?pageSize=100")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(title, api, StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), api, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_official_of_this_tenant_cannot_see_or_withdraw_another_tenants_entry()
    {
        var a = await App.DemoTenantAsync();
        var b = await App.CreateTenantAsync("gmina-obca", "Gmina Obca", "obca.example");
        var title = $"Wyniki konkursu Gminy Obcej {Guid.NewGuid():N}";
        var id = await App.PublishAsync(b, Publications.Request($"iso:{Guid.NewGuid():N}", title, Now, PublicationCategory.Results));
        var official = await App.CreateUserAsync($"urzednik-{Guid.NewGuid():N}@example.org", "Urzędnik Miasta", a, TenantRole.Official, twoFactor: true);

        using var client = new TestClient(App);
        await client.SignInAsync(official);
        Assert.DoesNotContain(title, (await client.GetPageAsync("/urzad/publikacje")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/urzad/publikacje/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/urzad/publikacje/{id}/wycofaj")).StatusCode);

        // A forged POST with a valid token from this tenant's form must not reach the other tenant's entry.
        var own = await App.PublishAsync(a, Publications.Request($"iso:{Guid.NewGuid():N}", "Ogłoszenie Miasta", Now));
        var form = await client.GetPageAsync($"/urzad/publikacje/{own}/wycofaj");
        var token = form.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.Http.PostAsync(new Uri($"/urzad/publikacje/{id}/wycofaj", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Reason"] = "Próba wycofania cudzej publikacji",
        }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var onB = new TestClient(App, "obca.example");
        Assert.Contains(title, (await onB.GetPageAsync("/publikacje")).Body!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class TenantIsolationTests_Sqlite(SqliteAppFixture f) : TenantIsolationTests(f), IClassFixture<SqliteAppFixture>;

public sealed class TenantIsolationTests_Postgres(PostgresAppFixture f) : TenantIsolationTests(f), IClassFixture<PostgresAppFixture>;
