using System.Net;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Publishing.Contracts;
using Civitas.Publishing.Data;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Publishing;

/// <summary>The office register and the withdrawal: who may open them, and what a withdrawal does.</summary>
public abstract class OfficePagesTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;
    private DateTimeOffset Now => PublishingTime.Now(App);

    public static TheoryData<string> OfficeUrls() => new() { "/urzad/publikacje", "/urzad/publikacje/{id}", "/urzad/publikacje/{id}/wycofaj" };

    [Theory]
    [MemberData(nameof(OfficeUrls))]
    public async Task Only_an_official_of_this_tenant_opens_the_office_pages(string template)
    {
        var tenant = await App.DemoTenantAsync();
        var other = await App.CreateTenantAsync("gmina-sasiednia", "Gmina Sąsiednia", "sasiednia.example");
        var id = await App.PublishAsync(tenant, Publications.Request($"office:{Guid.NewGuid():N}", "Ogłoszenie konkursu", Now));
        var url = template.Replace("{id}", id.ToString(), StringComparison.Ordinal);

        using (var anonymous = new TestClient(App))
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/konto/logowanie", PathOf(response));
        }
        using (var resident = new TestClient(App))
        {
            await resident.SignInAsync(await App.CreateUserAsync($"mieszkanka-{Guid.NewGuid():N}@example.org", "Mieszkanka Testowa"));
            var response = await resident.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/konto/brak-dostepu", PathOf(response));
        }
        using (var foreignOfficial = new TestClient(App))
        {
            await foreignOfficial.SignInAsync(await App.CreateUserAsync($"urzednik-{Guid.NewGuid():N}@example.org", "Urzędnik Sąsiedniej Gminy", other, TenantRole.Official, twoFactor: true));
            var response = await foreignOfficial.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/konto/brak-dostepu", PathOf(response));
        }
        using (var official = new TestClient(App))
        {
            await official.SignInAsync(await App.CreateUserAsync($"urzednik-{Guid.NewGuid():N}@example.org", "Urzędnik Miasta", tenant, TenantRole.Official, twoFactor: true));
            var page = await official.GetPageAsync(url);
            Assert.NotNull(page.QuerySelector("h1"));
        }
    }

    [Fact]
    public async Task The_office_list_shows_every_state_and_the_navigation_leads_to_it()
    {
        var tenant = await App.DemoTenantAsync();
        var token = Guid.NewGuid().ToString("N")[..10];
        await App.PublishAsync(tenant, Publications.Request($"office:{Guid.NewGuid():N}", $"Widoczne {token}", Now));
        await App.PublishAsync(tenant, Publications.Request($"office:{Guid.NewGuid():N}", $"Zaplanowane {token}", Now) with { VisibleFrom = Now.AddDays(3) });
        await App.PublishAsync(tenant, Publications.Request($"office:{Guid.NewGuid():N}", $"Archiwalne {token}", Now.AddDays(-9), visibleTo: Now.AddDays(-2)) with { VisibleFrom = Now.AddDays(-9) });

        using var client = new TestClient(App);
        await client.SignInAsync(await App.CreateUserAsync($"urzednik-{Guid.NewGuid():N}@example.org", "Urzędnik Miasta", tenant, TenantRole.Official, twoFactor: true));
        var desk = await client.GetPageAsync("/urzad");
        Assert.Contains(desk.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/urzad/publikacje");
        var page = await client.GetPageAsync($"/urzad/publikacje?szukaj={token}");
        var rows = page.QuerySelectorAll("table.data tbody tr").ToDictionary(r => r.QuerySelector("td a")!.TextContent.Split(' ')[0], r => r.TextContent);
        Assert.Contains("Widoczne", rows["Widoczne"], StringComparison.Ordinal);
        Assert.Contains("Zaplanowane", rows["Zaplanowane"], StringComparison.Ordinal);
        Assert.Contains("Archiwalne", rows["Archiwalne"], StringComparison.Ordinal);
        Assert.All(rows.Values, r => Assert.Contains("Wycofaj", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Withdrawing_needs_a_reason_moves_the_entry_to_the_archive_and_is_audited()
    {
        var tenant = await App.DemoTenantAsync();
        var title = $"Ogłoszenie do wycofania {Guid.NewGuid():N}";
        var id = await App.PublishAsync(tenant, Publications.Request($"office:{Guid.NewGuid():N}", title, Now, body: "Treść, która ma zniknąć."));
        var official = await App.CreateUserAsync($"urzednik-{Guid.NewGuid():N}@example.org", "Marta Wycofująca", tenant, TenantRole.Official, twoFactor: true);
        using var reader = new TestClient(App);
        Assert.Contains(title, (await reader.GetPageAsync("/publikacje")).Body!.TextContent, StringComparison.Ordinal); // cached now

        using var client = new TestClient(App);
        await client.SignInAsync(official);
        var url = $"/urzad/publikacje/{id}/wycofaj";
        var empty = await client.PostFormAsync(url, new Dictionary<string, string> { ["Input.Reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var form = TestClient.Parse(await empty.Content.ReadAsStringAsync());
        Assert.Equal("Wycofanie publikacji – Miasto Przykładowe", form.Title);
        Assert.NotNull(form.QuerySelector(".error-summary a[href='#Input_Reason']"));
        Assert.Equal("Pole „Przyczyna wycofania” jest wymagane.", form.QuerySelector("#Input_Reason-error")!.TextContent);
        Assert.Equal("true", form.QuerySelector("#Input_Reason")!.GetAttribute("aria-invalid"));

        var reason = "Opublikowano omyłkowo projekt zamiast ostatecznej wersji ogłoszenia";
        var done = await client.PostFormAsync(url, new Dictionary<string, string> { ["Input.Reason"] = reason });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/urzad/publikacje", PathOf(done));
        var list = await client.GetPageAsync("/urzad/publikacje");
        Assert.Contains($"Wycofano publikację „{title}”", list.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);

        // The anonymous list was cached before: the withdrawal evicted it.
        Assert.DoesNotContain(title, (await reader.GetPageAsync("/publikacje")).Body!.TextContent, StringComparison.Ordinal);
        var entry = (await reader.GetPageAsync($"/publikacje/{id}")).QuerySelector("main")!.TextContent;
        Assert.Contains(reason, entry, StringComparison.Ordinal);
        Assert.Contains("Marta Wycofująca", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("Treść, która ma zniknąć.", entry, StringComparison.Ordinal);

        var audit = await App.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(tenant);
            return await sp.GetRequiredService<PublishingDb>().AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == "Publication" && a.EntityId == id.ToString() && a.Action == "Updated")
                .Select(a => new { a.ActorName, a.ActorId, a.Changes, a.Module }).ToListAsync();
        });
        var withdrawal = Assert.Single(audit, a => a.Changes!.Contains(reason, StringComparison.Ordinal));
        Assert.Equal("Marta Wycofująca", withdrawal.ActorName);
        Assert.Equal(official.Id, withdrawal.ActorId);
        Assert.Equal("pub", withdrawal.Module);

        // Withdrawing again is refused with a message, not an error page.
        var again = await client.GetPageAsync(url);
        Assert.Null(again.QuerySelector("main form[method=post]"));
        Assert.Contains("została już wycofana", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_official_previews_a_scheduled_entry_that_the_public_cannot_see_yet()
    {
        var tenant = await App.DemoTenantAsync();
        var request = Publications.Request($"office:{Guid.NewGuid():N}", "Ogłoszenie na przyszły tydzień", Now, body: "Treść przygotowana z wyprzedzeniem.");
        var id = await App.PublishAsync(tenant, request with { VisibleFrom = Now.AddDays(7) });
        using var client = new TestClient(App);
        await client.SignInAsync(await App.CreateUserAsync($"urzednik-{Guid.NewGuid():N}@example.org", "Urzędnik Miasta", tenant, TenantRole.Official, twoFactor: true));
        var page = await client.GetPageAsync($"/urzad/publikacje/{id}");
        Assert.Contains("Treść przygotowana z wyprzedzeniem.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Publikacja zaplanowana", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/publikacje/{id}")).StatusCode);
    }

    private static string PathOf(HttpResponseMessage response) => new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath;
}

public sealed class OfficePagesTests_Sqlite(SqliteAppFixture f) : OfficePagesTests(f), IClassFixture<SqliteAppFixture>;

public sealed class OfficePagesTests_Postgres(PostgresAppFixture f) : OfficePagesTests(f), IClassFixture<PostgresAppFixture>;
