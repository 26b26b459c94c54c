using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Civitas.Grants.Data;
using Civitas.Platform.Calendar;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Civitas.Web.Tests.Grants.Offers;
using Civitas.Web.Tests.Grants.SmallGrants;
using Civitas.Web.Tests.Organisations;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.Statistics;

/// <summary>The office's grant statistics (/urzad/dotacje/statystyki) on a small seeded year: one announced
/// competition with a submitted offer and a draft, two small grants (one granted, one refused), and another
/// JST's competition in the same year that must never be counted. Moves its app's clock to 2035, so it has a
/// fixture of its own.</summary>
public abstract class GrantStatisticsTests(AppFixture fixture)
{
    private const int Year = 2035;
    private const string OtherHost = "statystyki-inna.localhost";
    private CivitasAppFactory App => fixture.App;

    private sealed record World(TenantInfo Tenant, TestUser Official, TestUser OtherOfficial, string CompetitionNumber, string OtherCompetitionNumber);

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<AppFixture, World> Worlds = [];

    private static DateTimeOffset Warsaw(int month, int day, int hour) => WarsawTime.ToUtc(new DateOnly(Year, month, day), new TimeOnly(hour, 0));

    private static string Flat(IHtmlDocument doc, string selector) =>
        string.Join(" | ", doc.QuerySelectorAll(selector).Select(e => e.TextContent)).Replace('\u00a0', ' ').Replace('\u202f', ' ');

    /// <summary>Arranged once per fixture (the tests only read it).</summary>
    private async Task<World> WorldAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (Worlds.TryGetValue(fixture, out var existing)) return existing;
            var world = await ArrangeAsync();
            Worlds[fixture] = world;
            return world;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<World> ArrangeAsync()
    {
        var tenant = await App.DemoTenantAsync();
        App.Clock.Set(Warsaw(6, 4, 10));
        var official = await OrgWebKit.OfficialAsync(App, tenant, "Statystyczka Urzędowa");

        // An open competition (sphere 13, 100 000 zł): one submitted offer (grant 8 000 zł) and one draft.
        var (competition, task, _) = await OfferWebKit.CompetitionAsync(App, tenant);
        var rep = await OfferWebKit.PersonAsync(App, "Zofia Statystyczna");
        var organisation = await OfferWebKit.OrganisationAsync(App, tenant, rep, "Stowarzyszenie Liczb " + Guid.NewGuid().ToString("N")[..6]);
        var offer = await OfferWebKit.StartOfferAsync(App, tenant, competition, task, organisation, rep);
        await OfferWebKit.FillAsync(App, tenant, offer, rep);
        using (var member = new TestClient(App))
        {
            await member.SignInAsync(rep);
            var submitted = await member.SubmitAsync($"/oferty/{offer}/podsumowanie", new Dictionary<string, string> { ["Input.Confirm"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }
        var draftRep = await OfferWebKit.PersonAsync(App, "Jan Szkicowy");
        var draftOrganisation = await OfferWebKit.OrganisationAsync(App, tenant, draftRep, "Fundacja Szkic " + Guid.NewGuid().ToString("N")[..6]);
        var draft = await OfferWebKit.StartOfferAsync(App, tenant, competition, task, draftOrganisation, draftRep);
        await OfferWebKit.FillAsync(App, tenant, draft, draftRep);
        var number = await OfferWebKit.InAsync(App, tenant, null, sp => sp.GetRequiredService<GrantsDb>().Competitions.Where(c => c.Id == competition).Select(c => c.Number).SingleAsync());

        // Another JST announces a competition in the same year and sphere.
        var other = await App.CreateTenantAsync("gmina-statystyki-inna", "Gmina Statystyk", OtherHost);
        var (otherCompetition, _, _) = await OfferWebKit.CompetitionAsync(App, other);
        var otherNumber = await OfferWebKit.InAsync(App, other, null, sp => sp.GetRequiredService<GrantsDb>().Competitions.Where(c => c.Id == otherCompetition).Select(c => c.Number).SingleAsync());
        var otherOfficial = await OrgWebKit.OfficialAsync(App, other, "Urzędnik Innej Gminy");

        // Two small grants (sphere 17): 9 000 zł granted 8 500 zł, 5 000 zł refused.
        var smallRep = await OfferWebKit.PersonAsync(App, "Marek Grantowy");
        var smallOrganisation = await SmallGrantsKit.OrganisationAsync(App, tenant, smallRep, "Klub Statystyczny " + Guid.NewGuid().ToString("N")[..6]);
        Guid granted, refused;
        using (var office = new TestClient(App))
        {
            await office.SignInAsync(official);
            await office.SetPlanAsync(Year, 1_000_000m);
        }
        using (var member = new TestClient(App))
        {
            await member.SignInAsync(smallRep);
            granted = await member.SubmitOfferAsync(SmallGrantsKit.Offer(smallOrganisation, "Liga podwórkowa", new DateOnly(Year, 7, 1), 30, 9_000m));
            refused = await member.SubmitOfferAsync(SmallGrantsKit.Offer(smallOrganisation, "Turniej szachowy", new DateOnly(Year, 7, 1), 30, 5_000m));
        }
        App.Clock.Set(Warsaw(6, 5, 9));
        using (var office = new TestClient(App))
        {
            await office.SignInAsync(official);
            foreach (var id in new[] { granted, refused })
            {
                var published = await office.SubmitAsync($"/urzad/male-granty/{id}", new Dictionary<string, string> { ["Publish.RedactContact"] = "true" }, handler: "Publish");
                Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
            }
        }
        App.Clock.Set(Warsaw(6, 25, 9));
        using (var office = new TestClient(App))
        {
            await office.SignInAsync(official);
            var yes = await office.SubmitAsync($"/urzad/male-granty/{granted}", new Dictionary<string, string>
            {
                ["Decision.Grant"] = "true", ["Decision.Amount"] = "8500", ["Decision.Reason"] = "Zadanie zgodne z programem współpracy.",
            }, handler: "Decide");
            Assert.Equal(HttpStatusCode.Redirect, yes.StatusCode);
            var no = await office.SubmitAsync($"/urzad/male-granty/{refused}", new Dictionary<string, string>
            {
                ["Decision.Grant"] = "false", ["Decision.Reason"] = "Zadanie nie mieści się w programie współpracy.",
            }, handler: "Decide");
            Assert.Equal(HttpStatusCode.Redirect, no.StatusCode);
        }
        return new World(tenant, official, otherOfficial, number, otherNumber);
    }

    private async Task<IHtmlDocument> PageAsync(TestUser user, string host = "localhost")
    {
        using var client = new TestClient(App, host);
        await client.SignInAsync(user);
        return await client.GetPageAsync($"/urzad/dotacje/statystyki?rok={Year}");
    }

    [Fact]
    public async Task Officials_see_funds_announced_requested_and_granted_per_sphere_and_offers_per_competition()
    {
        var w = await WorldAsync();
        var page = await PageAsync(w.Official);

        var culture = Flat(page, "tr[data-sphere='13']");
        Assert.Contains("100 000,00", culture, StringComparison.Ordinal); // not 200 000: the other JST's competition is not counted
        Assert.DoesNotContain("200 000,00", culture, StringComparison.Ordinal);
        Assert.Contains("8 000,00", culture, StringComparison.Ordinal); // the submitted offer only, not the draft
        var cells = page.QuerySelectorAll("tr[data-sphere='13'] td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("1", cells[1]);

        var sport = page.QuerySelectorAll("tr[data-sphere='17'] td").Select(c => c.TextContent.Trim().Replace('\u00a0', ' ').Replace('\u202f', ' ')).ToList();
        Assert.Equal("0,00", sport[0]);
        Assert.Equal("2", sport[3]);
        Assert.Equal("14 000,00", sport[4]);
        Assert.Equal("8 500,00", sport[5]);
        Assert.Equal("1 z 2", sport[6]);
        Assert.StartsWith("50,0", sport[7], StringComparison.Ordinal);

        var competition = page.QuerySelectorAll("#competitions tbody tr").Single(r => r.TextContent.Contains(w.CompetitionNumber, StringComparison.Ordinal));
        var row = competition.QuerySelectorAll("td").Select(c => c.TextContent.Trim().Replace('\u00a0', ' ')).ToList();
        Assert.Equal("1", row[3]);
        Assert.Equal("8 000,00", row[4]);
        Assert.DoesNotContain(w.OtherCompetitionNumber, Flat(page, "#competitions"), StringComparison.Ordinal);
        // The page says which sources are counted: published competition decisions and small grants.
        Assert.Contains("z rozstrzygnięć otwartych konkursów ofert danego roku, których wyniki ogłoszono", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_JST_s_official_sees_only_that_JST_s_figures()
    {
        var w = await WorldAsync();
        var page = await PageAsync(w.OtherOfficial, OtherHost);
        Assert.Contains("100 000,00", Flat(page, "tr[data-sphere='13']"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("tr[data-sphere='17']"));
        Assert.DoesNotContain("8 000,00", Flat(page, "tr[data-sphere='13']"), StringComparison.Ordinal);
        Assert.DoesNotContain(w.CompetitionNumber, Flat(page, "#competitions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sphere_table_downloads_as_CSV_with_the_same_figures()
    {
        var w = await WorldAsync();
        using var client = new TestClient(App);
        await client.SignInAsync(w.Official);
        var response = await client.GetAsync($"/urzad/dotacje/statystyki?handler=Csv&rok={Year}&tabela=sfery");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith("Rok;Sfera", lines[0], StringComparison.Ordinal);
        var culture = lines.Single(l => l.StartsWith($"{Year};13;", StringComparison.Ordinal)).Split(';');
        Assert.Equal("100000,00", culture[3]);
        Assert.Equal("1", culture[4]);
        Assert.Equal("8000,00", culture[5]);
        var sport = lines.Single(l => l.StartsWith($"{Year};17;", StringComparison.Ordinal)).Split(';');
        Assert.Equal("8500,00", sport[8]);
        Assert.Equal("2", sport[9]);
        Assert.Equal("1", sport[10]);
        Assert.Equal("50,0", sport[11]);
    }

    [Fact]
    public async Task The_competition_table_downloads_as_an_XLSX_workbook_that_opens()
    {
        var w = await WorldAsync();
        using var client = new TestClient(App);
        await client.SignInAsync(w.Official);
        var response = await client.GetAsync($"/urzad/dotacje/statystyki?handler=Xlsx&rok={Year}&tabela=konkursy");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal("Numer konkursu", rows[0][1]);
        var row = rows.Single(r => r.Count > 1 && r[1] == w.CompetitionNumber);
        Assert.Equal(Year, int.Parse(row[0], CultureInfo.InvariantCulture));
        Assert.Equal(100_000m, decimal.Parse(row[4], CultureInfo.InvariantCulture));
        Assert.Equal(1, int.Parse(row[5], CultureInfo.InvariantCulture));
        Assert.Equal(8_000m, decimal.Parse(row[6], CultureInfo.InvariantCulture));
        Assert.DoesNotContain(rows, r => r.Contains(w.OtherCompetitionNumber));
    }

    [Fact]
    public async Task A_wrong_year_or_table_gets_a_message_not_an_error()
    {
        var w = await WorldAsync();
        using var client = new TestClient(App);
        await client.SignInAsync(w.Official);
        var page = await client.GetPageAsync("/urzad/dotacje/statystyki?rok=dwa");
        Assert.Contains("Podaj rok", page.QuerySelector("#rok-error")!.TextContent, StringComparison.Ordinal);
        var export = await client.GetPageAsync($"/urzad/dotacje/statystyki?handler=Csv&rok={Year}&tabela=cokolwiek");
        Assert.Contains("Nieznane zestawienie", export.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_and_residents_cannot_open_the_statistics_nor_download_them()
    {
        var w = await WorldAsync();
        foreach (var url in new[] { "/urzad/dotacje/statystyki", $"/urzad/dotacje/statystyki?handler=Csv&rok={Year}&tabela=sfery", $"/urzad/dotacje/statystyki?handler=Xlsx&rok={Year}&tabela=konkursy" })
        {
            using (var anonymous = new TestClient(App))
            {
                var response = await anonymous.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/konto/logowanie", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }
            var resident = await OfferWebKit.PersonAsync(App, "Mieszkanka Ciekawska");
            using (var client = new TestClient(App))
            {
                await client.SignInAsync(resident);
                var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/konto/brak-dostepu", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }
        }
        // The official of this JST is no official on the other JST's host.
        using var elsewhere = new TestClient(App, OtherHost);
        await elsewhere.SignInAsync(w.Official);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/urzad/dotacje/statystyki")).StatusCode);
    }

    [Fact]
    public async Task Officials_find_the_statistics_in_the_office_navigation()
    {
        var w = await WorldAsync();
        var page = await PageAsync(w.Official);
        Assert.NotNull(page.QuerySelector("a[href='/urzad/dotacje/statystyki']"));
    }
}

public sealed class GrantStatisticsSqliteFixture() : AppFixture(DatabaseKind.Sqlite);

public sealed class GrantStatisticsPostgresFixture() : AppFixture(DatabaseKind.Postgres);

public sealed class GrantStatisticsTests_Sqlite(GrantStatisticsSqliteFixture f) : GrantStatisticsTests(f), IClassFixture<GrantStatisticsSqliteFixture>;

public sealed class GrantStatisticsTests_Postgres(GrantStatisticsPostgresFixture f) : GrantStatisticsTests(f), IClassFixture<GrantStatisticsPostgresFixture>;
