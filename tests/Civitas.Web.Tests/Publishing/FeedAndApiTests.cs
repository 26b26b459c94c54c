using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Civitas.Platform.Tenancy;
using Civitas.Publishing.Contracts;
using Civitas.Testing;

namespace Civitas.Web.Tests.Publishing;

/// <summary>The Atom feed and the JSON API of the register, each test in a tenant of its own so that
/// counts and order are exact.</summary>
public abstract class FeedAndApiTests(AppFixture fixture)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private CivitasAppFactory App => fixture.App;
    private DateTimeOffset Now => PublishingTime.Now(App);

    [Fact]
    public async Task The_Atom_feed_is_valid_XML_in_the_Atom_namespace_with_the_visible_entries_absolute_links_and_tag_ids()
    {
        var (tenant, host) = await TenantAsync();
        var older = await App.PublishAsync(tenant, Publications.Request(Key(), "Ogłoszenie konkursu", Now.AddHours(-2)) with { VisibleFrom = Now.AddHours(-2) });
        var key = Key();
        var corrected = await App.PublishAsync(tenant, Publications.Request(key, "Program współpracy", Now.AddHours(-3), PublicationCategory.Programme) with
        {
            VisibleFrom = Now.AddHours(-3),
            Body = "Treść **programu**.",
            Summary = "Projekt programu na 2027 rok.",
        });
        var consolidated = Publications.Request(key, "Program współpracy (tekst jednolity)", Now.AddHours(-1), PublicationCategory.Programme,
            reason: "Uwzględnienie uwag z konsultacji", body: "Treść **programu** po konsultacjach.");
        await App.PublishAsync(tenant, consolidated with { VisibleFrom = Now.AddHours(-3), Summary = "Projekt programu na 2027 rok po konsultacjach." });
        await App.PublishAsync(tenant, Publications.Request(Key(), "Ogłoszenie zaplanowane", Now) with { VisibleFrom = Now.AddDays(2) });
        var ended = Publications.Request(Key(), "Oferta po okresie publikacji", Now.AddDays(-10), PublicationCategory.SmallGrantOffer, visibleTo: Now.AddDays(-3));
        await App.PublishAsync(tenant, ended with { VisibleFrom = Now.AddDays(-10) });

        using var reader = new TestClient(App, host);
        var response = await reader.GetAsync("/publikacje/feed.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Equal($"http://{host}/publikacje/feed.atom", feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Contains(tenant.Name, feed.Root.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);

        // Newest change first: the corrected programme (version 2, an hour ago), then the announcement.
        var programme = entries[0];
        Assert.Equal("Program współpracy (tekst jednolity)", programme.Element(Atom + "title")!.Value);
        Assert.Equal($"http://{host}/publikacje/{corrected}", programme.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal($"tag:{host},{Now.AddHours(-3).UtcDateTime:yyyy-MM-dd}:publikacje/{corrected}", programme.Element(Atom + "id")!.Value);
        Assert.Equal(Now.AddHours(-1), DateTimeOffset.Parse(programme.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Now.AddHours(-3), DateTimeOffset.Parse(programme.Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("programme", programme.Element(Atom + "category")!.Attribute("term")!.Value);
        Assert.Equal("Jan Urzędnik", programme.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("Projekt programu na 2027 rok po konsultacjach.", programme.Element(Atom + "summary")!.Value);
        var content = programme.Element(Atom + "content")!;
        Assert.Equal("html", content.Attribute("type")!.Value);
        Assert.Contains("<strong>programu</strong> po konsultacjach", content.Value, StringComparison.Ordinal);
        Assert.Equal($"http://{host}/publikacje/{older}", entries[1].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.All(entries, e => Assert.StartsWith($"tag:{host},", e.Element(Atom + "id")!.Value, StringComparison.Ordinal));
        Assert.Equal(Now.AddHours(-1), DateTimeOffset.Parse(feed.Root.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_feed_can_be_limited_to_one_category_and_an_unknown_category_is_a_clear_400()
    {
        var (tenant, host) = await TenantAsync();
        await App.PublishAsync(tenant, Publications.Request(Key(), "Ogłoszenie", Now));
        await App.PublishAsync(tenant, Publications.Request(Key(), "Oferta w trybie art. 19a", Now, PublicationCategory.SmallGrantOffer, visibleTo: Now.AddDays(7)));

        using var reader = new TestClient(App, host);
        var feed = XDocument.Parse(await (await reader.GetAsync("/publikacje/feed.atom?kategoria=small-grant-offer")).Content.ReadAsStringAsync());
        Assert.Equal(["Oferta w trybie art. 19a"], feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToArray());

        var bad = await reader.GetAsync("/publikacje/feed.atom?kategoria=granty");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var message = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Nieznana kategoria „granty”", message, StringComparison.Ordinal);
        Assert.Contains("small-grant-offer", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_holds_the_newest_fifty_entries()
    {
        var (tenant, host) = await TenantAsync();
        var messages = new List<Guid>();
        for (var i = 0; i < 51; i++)
        {
            messages.Add(await App.WriteToOutboxAsync(tenant, Publications.Request(Key(), $"Ogłoszenie {i:00}", Now.AddMinutes(i - 60)) with { VisibleFrom = Now.AddHours(-2) }));
        }
        foreach (var message in messages) Assert.True((await App.DeliverAsync(message)).Processed);

        using var reader = new TestClient(App, host);
        var feed = XDocument.Parse(await (await reader.GetAsync("/publikacje/feed.atom")).Content.ReadAsStringAsync());
        var titles = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal(50, titles.Count);
        Assert.Equal("Ogłoszenie 50", titles[0]);
        Assert.DoesNotContain("Ogłoszenie 00", titles);
    }

    [Fact]
    public async Task The_API_lists_the_visible_entries_newest_change_first_with_paging_and_filters()
    {
        var (tenant, host) = await TenantAsync();
        var times = new[] { -180, -120, -60, -30, 0 }.Select(m => Now.AddMinutes(m)).ToArray();
        for (var i = 0; i < 3; i++) await App.PublishAsync(tenant, Publications.Request(Key(), $"Ogłoszenie {i}", times[i]) with { VisibleFrom = Now.AddDays(-1) });
        for (var i = 3; i < 5; i++) await App.PublishAsync(tenant, Publications.Request(Key(), $"Wyniki {i}", times[i], PublicationCategory.Results) with { VisibleFrom = Now.AddDays(-1) });
        await App.PublishAsync(tenant, Publications.Request(Key(), "Zaplanowane", Now) with { VisibleFrom = Now.AddDays(1) });
        await App.PublishAsync(tenant, Publications.Request(Key(), "Zakończone", Now.AddDays(-9), visibleTo: Now.AddDays(-2)) with { VisibleFrom = Now.AddDays(-9) });

        using var client = new TestClient(App, host);
        var all = await JsonAsync(client, "/api/v1/publications");
        Assert.Equal(5, all.GetProperty("total").GetInt32());
        Assert.Equal(["Wyniki 4", "Wyniki 3", "Ogłoszenie 2", "Ogłoszenie 1", "Ogłoszenie 0"], Titles(all));
        var first = all.GetProperty("items")[0];
        Assert.Equal("results", first.GetProperty("category").GetString());
        Assert.Equal("Wyniki", first.GetProperty("categoryName").GetString());
        Assert.StartsWith($"http://{host}/publikacje/", first.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, first.GetProperty("versionCount").GetInt32());
        var metadata = first.GetProperty("metadata");
        Assert.Equal(tenant.Name, metadata.GetProperty("publisher").GetString());
        Assert.Equal("Jan Urzędnik", metadata.GetProperty("responsiblePerson").GetProperty("name").GetString());
        Assert.Equal("Ewa Redaktorka", metadata.GetProperty("publishedBy").GetProperty("name").GetString());
        Assert.Equal(times[4], metadata.GetProperty("publishedAt").GetDateTimeOffset());

        var page2 = await JsonAsync(client, "/api/v1/publications?pageSize=2&page=2");
        Assert.Equal(5, page2.GetProperty("total").GetInt32());
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(2, page2.GetProperty("pageSize").GetInt32());
        Assert.Equal(["Ogłoszenie 2", "Ogłoszenie 1"], Titles(page2));
        Assert.Equal(["Ogłoszenie 0"], Titles(await JsonAsync(client, "/api/v1/publications?pageSize=2&page=3")));

        var results = await JsonAsync(client, "/api/v1/publications?category=results");
        Assert.Equal(2, results.GetProperty("total").GetInt32());
        var since = Uri.EscapeDataString(Now.AddMinutes(-90).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["Wyniki 4", "Wyniki 3", "Ogłoszenie 2"], Titles(await JsonAsync(client, $"/api/v1/publications?since={since}")));
        Assert.Equal(["Wyniki 4", "Wyniki 3"], Titles(await JsonAsync(client, $"/api/v1/publications?since={since}&category=results")));
    }

    [Fact]
    public async Task Unusable_API_parameters_get_a_400_that_names_each_parameter()
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync("/api/v1/publications?category=granty&since=wczoraj&page=0&pageSize=500");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.StartsWith("Nieznana kategoria", errors.GetProperty("category")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("ISO 8601", errors.GetProperty("since")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("od 1", errors.GetProperty("page")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Rozmiar strony musi być liczbą całkowitą od 1 do 100.", errors.GetProperty("pageSize")[0].GetString());
    }

    [Fact]
    public async Task The_API_detail_has_the_versions_and_redactions_and_an_unknown_entry_is_a_JSON_404()
    {
        var (tenant, host) = await TenantAsync();
        var key = Key();
        var request = Publications.Request(key, "Oferta w trybie art. 19a", Now.AddHours(-1), PublicationCategory.SmallGrantOffer, visibleTo: Now.AddDays(6),
            body: "Opis zadania <script>alert(1)</script>") with
        {
            VisibleFrom = Now.AddHours(-1),
            Redactions = [new PublicationRedaction("podpis osoby fizycznej", "art. 5 ust. 2 ustawy o dostępie do informacji publicznej", "Jan Urzędnik", "osoba fizyczna")],
        };
        var id = await App.PublishAsync(tenant, request);
        await App.PublishAsync(tenant, request with { PublishedAt = Now, ChangeReason = "Uzupełnienie opisu zadania" });
        var scheduled = await App.PublishAsync(tenant, Publications.Request(Key(), "Zaplanowane", Now) with { VisibleFrom = Now.AddDays(1) });
        var expired = await App.PublishAsync(tenant, Publications.Request(Key(), "Zakończone", Now.AddDays(-9), visibleTo: Now.AddDays(-2)) with { VisibleFrom = Now.AddDays(-9) });

        using var client = new TestClient(App, host);
        var detail = await JsonAsync(client, $"/api/v1/publications/{id}");
        Assert.Equal("visible", detail.GetProperty("state").GetString());
        Assert.Equal("small-grant-offer", detail.GetProperty("category").GetString());
        Assert.Equal(2, detail.GetProperty("versionCount").GetInt32());
        var versions = detail.GetProperty("versions");
        Assert.Equal(2, versions.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, versions[0].GetProperty("reason").ValueKind);
        Assert.Equal("Uzupełnienie opisu zadania", versions[1].GetProperty("reason").GetString());
        Assert.Equal($"http://{host}/publikacje/{id}/wersja/1", versions[0].GetProperty("url").GetString());
        Assert.Equal("osoba fizyczna", detail.GetProperty("redactions")[0].GetProperty("protectedInterest").GetString());
        Assert.DoesNotContain("<script", detail.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal("Jan Urzędnik", detail.GetProperty("metadata").GetProperty("responsiblePerson").GetProperty("name").GetString());
        Assert.Equal("Ewa Redaktorka", detail.GetProperty("metadata").GetProperty("modifiedBy").GetProperty("name").GetString());

        Assert.Equal("expired", (await JsonAsync(client, $"/api/v1/publications/{expired}")).GetProperty("state").GetString());
        foreach (var missing in new[] { scheduled, Guid.NewGuid() })
        {
            var response = await client.GetAsync($"/api/v1/publications/{missing}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_publication_endpoints()
    {
        using var client = new TestClient(App);
        var doc = JsonDocument.Parse(await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync()).RootElement;
        var paths = doc.GetProperty("paths");
        var list = paths.GetProperty("/api/v1/publications").GetProperty("get");
        Assert.Equal("Publications", list.GetProperty("tags")[0].GetString());
        Assert.Equal(["category", "since", "page", "pageSize"], list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray());
        Assert.True(list.GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(list.GetProperty("responses").TryGetProperty("400", out _));
        var detail = paths.GetProperty("/api/v1/publications/{id}").GetProperty("get");
        Assert.Equal("Publications", detail.GetProperty("tags")[0].GetString());
        Assert.True(detail.GetProperty("responses").TryGetProperty("404", out _));
        Assert.True(doc.GetProperty("components").GetProperty("schemas").TryGetProperty("PublicationDetail", out _));
    }

    private async Task<(TenantInfo Tenant, string Host)> TenantAsync()
    {
        var token = Guid.NewGuid().ToString("N")[..12];
        var host = $"gmina-{token}.example";
        return (await App.CreateTenantAsync($"gmina-{token}", $"Gmina {token}", host), host);
    }

    private static async Task<JsonElement> JsonAsync(TestClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static string[] Titles(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToArray();

    private static string Key() => $"api:{Guid.NewGuid():N}";
}

public sealed class FeedAndApiTests_Sqlite(SqliteAppFixture f) : FeedAndApiTests(f), IClassFixture<SqliteAppFixture>;

public sealed class FeedAndApiTests_Postgres(PostgresAppFixture f) : FeedAndApiTests(f), IClassFixture<PostgresAppFixture>;
