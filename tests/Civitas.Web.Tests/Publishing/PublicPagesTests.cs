using System.Net;
using AngleSharp.Html.Dom;
using Civitas.Platform.Files;
using Civitas.Platform.Tenancy;
using Civitas.Publishing.Contracts;
using Civitas.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Publishing;

/// <summary>The public register, entry and archive pages, as an anonymous reader sees them.</summary>
public abstract class PublicPagesTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;
    private DateTimeOffset Now => PublishingTime.Now(App);

    [Fact]
    public async Task A_new_publication_appears_at_once_on_the_cached_anonymous_list()
    {
        var tenant = await App.DemoTenantAsync();
        using var reader = new TestClient(App);
        var title = $"Wyniki otwartego konkursu ofert {Token()}";
        Assert.DoesNotContain(title, await (await reader.GetAsync("/publikacje")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The second request is served from the output cache (it carries an Age header)…
        Assert.NotNull((await reader.GetAsync("/publikacje")).Headers.Age);

        await App.PublishAsync(tenant, Publications.Request(Key(), title, Now, PublicationCategory.Results));

        // …and publishing evicted it: the next anonymous reader gets a fresh list with the new entry.
        var response = await reader.GetAsync("/publikacje");
        Assert.Null(response.Headers.Age);
        var after = TestClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(after.QuerySelectorAll("table.data a"), a => a.TextContent == title);
    }

    [Fact]
    public async Task The_entry_page_shows_metadata_redactions_change_register_and_older_versions()
    {
        var tenant = await App.DemoTenantAsync();
        var key = Key();
        var first = Publications.Request(key, "Oferta Stowarzyszenia Przyjaciół Parku w trybie art. 19a", Now, PublicationCategory.SmallGrantOffer,
            body: "Termin realizacji zadania: od 1 do 30 czerwca.") with
        {
            Redactions = [new PublicationRedaction("adres e-mail i telefon osoby do kontaktu (sekcja I.2 oferty)",
                "art. 5 ust. 2 ustawy o dostępie do informacji publicznej — prywatność osoby fizycznej", "Jan Urzędnik, naczelnik wydziału", "osoba fizyczna wskazana do kontaktu")],
        };
        var id = await App.PublishAsync(tenant, first);
        await App.PublishAsync(tenant, first with
        {
            Body = "Termin realizacji zadania: od 1 do 31 lipca.",
            PublishedAt = Now.AddHours(2),
            PublishedBy = new PublicationPerson("Anna Sprawdzająca", "podinspektor"),
            ChangeReason = "Zmiana terminu realizacji zadania na wniosek oferenta",
        });

        using var reader = new TestClient(App);
        var page = await reader.GetPageAsync($"/publikacje/{id}");
        var main = page.QuerySelector("main")!;
        Assert.Equal("Oferta Stowarzyszenia Przyjaciół Parku w trybie art. 19a", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Oferta Stowarzyszenia Przyjaciół Parku w trybie art. 19a – Miasto Przykładowe", page.Title);
        Assert.Contains("od 1 do 31 lipca", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("od 1 do 30 czerwca", main.TextContent, StringComparison.Ordinal);

        var metadata = Rows(page, "entry-metadata");
        Assert.Equal("Miasto Przykładowe", metadata["Podmiot udostępniający"]);
        Assert.Equal("Jan Urzędnik, Naczelnik Wydziału Współpracy z Organizacjami Pozarządowymi", metadata["Wytworzył(a) lub odpowiada za treść"]);
        Assert.Equal("Ewa Redaktorka, inspektor", metadata["Udostępnił(a)"]);
        Assert.Equal("Anna Sprawdzająca, podinspektor", metadata["Zmodyfikował(a)"]);
        Assert.True(metadata.ContainsKey("Data wytworzenia"));
        Assert.True(metadata.ContainsKey("Data udostępnienia"));
        Assert.True(metadata.ContainsKey("Data modyfikacji"));
        Assert.Equal("bezterminowo", metadata["Widoczne do"]);
        Assert.Equal("2 z 2", metadata["Wersja"]);

        var redactions = page.QuerySelector("section[aria-labelledby=entry-redactions]")!.TextContent;
        Assert.Contains("art. 5 ust. 2 ustawy o dostępie do informacji publicznej", redactions, StringComparison.Ordinal);
        Assert.Contains("osoba fizyczna wskazana do kontaktu", redactions, StringComparison.Ordinal);

        var changes = page.QuerySelectorAll("section[aria-labelledby=entry-changes] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, changes.Count);
        Assert.Contains("Pierwsza publikacja", changes[0], StringComparison.Ordinal);
        Assert.Contains("Zmiana terminu realizacji zadania na wniosek oferenta", changes[1], StringComparison.Ordinal);
        Assert.Contains("Anna Sprawdzająca", changes[1], StringComparison.Ordinal);

        var link = page.QuerySelector("section[aria-labelledby=entry-changes] a")!.GetAttribute("href")!;
        Assert.Equal($"/publikacje/{id}/wersja/1", link);
        var old = await reader.GetPageAsync(link);
        Assert.Contains("od 1 do 30 czerwca", old.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("nie jest to wersja aktualna", old.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/publikacje/{id}/wersja/3")).StatusCode);
    }

    [Fact]
    public async Task Attachments_are_linked_to_the_file_downloads_with_their_type_and_size()
    {
        var tenant = await App.DemoTenantAsync();
        var pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
        var fileId = await App.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(tenant);
            using var content = new MemoryStream(pdf);
            var saved = await sp.GetRequiredService<IFileStore>().SaveAsync(
                new FileUpload(content, "ogloszenie.pdf", new HashSet<FileKind> { FileKind.Pdf }, "tests:attachment", null, IsPublic: true));
            return saved.Value!.Id;
        });
        var id = await App.PublishAsync(tenant, Publications.Request(Key(), "Ogłoszenie z załącznikiem", Now) with
        {
            Attachments = [new PublicationAttachment(fileId, "Treść ogłoszenia (PDF)")],
        });

        using var reader = new TestClient(App);
        var page = await reader.GetPageAsync($"/publikacje/{id}");
        var item = page.QuerySelector("section[aria-labelledby=entry-attachments] li")!;
        Assert.Equal($"/pliki/{fileId}", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Treść ogłoszenia (PDF) (PDF, " + pdf.Length + " B)", item.TextContent);
        var download = await reader.GetAsync($"/pliki/{fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_script_in_the_Markdown_body_never_reaches_the_page()
    {
        var tenant = await App.DemoTenantAsync();
        var id = await App.PublishAsync(tenant, Publications.Request(Key(), "Ogłoszenie z niebezpieczną treścią", Now,
            body: "Zwykły akapit **pogrubiony**.\n\n<script>alert('xss')</script>\n\n<img src=x onerror=alert(1)>\n\n[kliknij](javascript:alert(2))") with
        {
            Summary = "<script>alert('summary')</script> Streszczenie",
        });

        using var reader = new TestClient(App);
        var response = await reader.GetAsync($"/publikacje/{id}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = TestClient.Parse(html);
        var main = page.QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("script"));
        Assert.Empty(main.QuerySelectorAll("img"));
        Assert.DoesNotContain(main.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains(main.QuerySelectorAll("strong"), s => s.TextContent == "pogrubiony");
    }

    [Fact]
    public async Task Search_ignores_case_and_Polish_diacritics_and_filters_narrow_the_list()
    {
        var tenant = await App.DemoTenantAsync();
        var token = Token();
        var announcement = $"Konkurs na zadania z zakresu kultury w Łodzi {token}";
        var results = $"Wyniki konkursu ŻÓŁTA ŁÓDŹ {token}";
        await App.PublishAsync(tenant, Publications.Request(Key(), announcement, Now));
        await App.PublishAsync(tenant, Publications.Request(Key(), results, Now, PublicationCategory.Results));

        using var reader = new TestClient(App);
        Assert.Equal(new[] { announcement, results }, Titles(await reader.GetPageAsync($"/publikacje?szukaj={token.ToUpperInvariant()}")).Order().ToList());
        Assert.Equal(new[] { results }, Titles(await reader.GetPageAsync($"/publikacje?szukaj=zolta%20lodz%20{token}")));
        Assert.Equal(new[] { announcement }, Titles(await reader.GetPageAsync($"/publikacje?szukaj=lodzi+{token}")));
        Assert.Equal(new[] { results }, Titles(await reader.GetPageAsync($"/publikacje?szukaj={token}&kategoria=results")));
        var year = PublishingTime.WarsawYear(Now);
        Assert.Equal(2, Titles(await reader.GetPageAsync($"/publikacje?szukaj={token}&rok={year}")).Count);
        Assert.Empty(Titles(await reader.GetPageAsync($"/publikacje?szukaj={token}&rok={year - 1}")));
    }

    [Fact]
    public async Task Filter_values_that_cannot_be_used_get_a_message_next_to_the_field_instead_of_an_error_page()
    {
        using var reader = new TestClient(App);
        var page = await reader.GetPageAsync($"/publikacje?kategoria=ogloszenia&rok=dwa-tysiace&szukaj={new string('a', 201)}");

        var summary = page.QuerySelector(".error-summary")!;
        Assert.Equal(3, summary.QuerySelectorAll("li a").Length);
        Assert.Equal("Wybierz kategorię z listy.", page.QuerySelector("#kategoria-error")!.TextContent);
        Assert.StartsWith("Wybierz rok z listy", page.QuerySelector("#rok-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Wpisz najwyżej 200 znaków.", page.QuerySelector("#szukaj-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#kategoria")!.GetAttribute("aria-invalid"));
        Assert.Contains("kategoria-error", page.QuerySelector("#kategoria")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#rok");
        // The list is still shown, without the unusable filters.
        Assert.NotNull(page.QuerySelector("table.data"));
    }

    [Fact]
    public async Task A_scheduled_entry_is_not_public_before_its_period_starts()
    {
        var tenant = await App.DemoTenantAsync();
        var title = $"Ogłoszenie zaplanowane {Token()}";
        var id = await App.PublishAsync(tenant, Publications.Request(Key(), title, Now) with { VisibleFrom = Now.AddDays(1) });

        using var reader = new TestClient(App);
        Assert.DoesNotContain(title, (await reader.GetPageAsync("/publikacje")).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await reader.GetPageAsync("/publikacje/archiwum")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/publikacje/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/publikacje/{id}/wersja/1")).StatusCode);
    }

    [Fact]
    public async Task A_withdrawn_entry_shows_its_reason_in_the_archive_but_no_longer_its_content()
    {
        var tenant = await App.DemoTenantAsync();
        var title = $"Oferta opublikowana omyłkowo {Token()}";
        var request = Publications.Request(Key(), title, Now, PublicationCategory.SmallGrantOffer, body: "Adres e-mail osoby prywatnej: jan@example.org");
        var id = await App.PublishAsync(tenant, request);
        var outcome = await App.DeliverAsync(await App.WriteToOutboxAsync(tenant, new PublicationWithdrawalRequested(
            request.SourceModule, request.SourceKey, "Oferta zawierała dane osobowe, które nie powinny być opublikowane", new PublicationPerson("Jan Urzędnik", "naczelnik"), Now.AddMinutes(30))));
        Assert.True(outcome.Processed, outcome.LastError);

        using var reader = new TestClient(App);
        Assert.DoesNotContain(title, (await reader.GetPageAsync("/publikacje")).Body!.TextContent, StringComparison.Ordinal);
        var archive = await reader.GetPageAsync("/publikacje/archiwum");
        var row = archive.QuerySelectorAll("table.data tbody tr").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Contains("Wycofane", row.TextContent, StringComparison.Ordinal);

        var page = await reader.GetPageAsync($"/publikacje/{id}");
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Oferta zawierała dane osobowe, które nie powinny być opublikowane", main, StringComparison.Ordinal);
        Assert.DoesNotContain("jan@example.org", main, StringComparison.Ordinal);
        Assert.Contains("Wycofanie", page.QuerySelector("section[aria-labelledby=entry-changes]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("jan@example.org", (await (await reader.GetAsync($"/publikacje/{id}/wersja/1")).Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var api = await (await reader.GetAsync($"/api/v1/publications/{id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("jan@example.org", api, StringComparison.Ordinal);
        var detail = System.Text.Json.JsonDocument.Parse(api).RootElement;
        Assert.Equal("withdrawn", detail.GetProperty("state").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, detail.GetProperty("body").ValueKind);
        Assert.Equal("Oferta zawierała dane osobowe, które nie powinny być opublikowane", detail.GetProperty("withdrawal").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task English_readers_get_English_pages_with_the_Polish_content_marked_as_Polish()
    {
        var tenant = await App.DemoTenantAsync();
        var request = Publications.Request(Key(), "Program współpracy na 2027 rok", Now, PublicationCategory.Programme, body: "Treść programu współpracy.");
        var id = await App.PublishAsync(tenant, request with { TitleEnglish = "Cooperation programme for 2027" });

        using var reader = new TestClient(App);
        await reader.GetAsync("/jezyk/en?returnUrl=/publikacje");
        var list = await reader.GetPageAsync("/publikacje");
        Assert.Equal("en", list.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Publications", list.QuerySelector("h1")!.TextContent);
        Assert.Contains(list.QuerySelectorAll("table.data a"), a => a.TextContent == "Cooperation programme for 2027");

        var page = await reader.GetPageAsync($"/publikacje/{id}");
        Assert.Equal("Cooperation programme for 2027", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("main [lang=pl]"), e => e.TextContent.Contains("Treść programu współpracy.", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("th"), th => th.TextContent == "Publishing entity");
    }

    [Fact]
    public async Task The_layout_links_to_the_register_and_the_list_offers_the_feed()
    {
        using var reader = new TestClient(App);
        var home = await reader.GetPageAsync("/");
        Assert.Contains(home.QuerySelectorAll("nav.main-nav a"), a => a.GetAttribute("href") == "/publikacje" && a.TextContent == "Publikacje");
        var list = await reader.GetPageAsync("/publikacje");
        Assert.Equal("Publikacje – Miasto Przykładowe", list.Title);
        Assert.Equal("Archiwum publikacji – Miasto Przykładowe", (await reader.GetPageAsync("/publikacje/archiwum")).Title);
        Assert.Equal("/publikacje/feed.atom", list.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
        Assert.Contains(list.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/publikacje/archiwum");
    }

    internal static List<string> Titles(IHtmlDocument page)
        => page.QuerySelectorAll("main table.data tbody tr td:first-child > a").Select(a => a.TextContent).ToList();

    private static Dictionary<string, string> Rows(IHtmlDocument page, string section)
        => page.QuerySelectorAll($"section[aria-labelledby={section}] tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());

    private static string Key() => $"web:{Guid.NewGuid():N}";

    private static string Token() => "t" + Guid.NewGuid().ToString("N")[..10];
}

public sealed class PublicPagesTests_Sqlite(SqliteAppFixture f) : PublicPagesTests(f), IClassFixture<SqliteAppFixture>;

public sealed class PublicPagesTests_Postgres(PostgresAppFixture f) : PublicPagesTests(f), IClassFixture<PostgresAppFixture>;
