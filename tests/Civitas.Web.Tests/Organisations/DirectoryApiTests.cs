using System.Globalization;
using System.Net;
using System.Text.Json;
using Civitas.Testing;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Civitas.Web.Tests.Organisations;

/// <summary>The open-data side: JSON API, compact map data, districts, CSV and XLSX exports.</summary>
public abstract class DirectoryApiTests(OrganisationsAppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task Searching_lodz_finds_the_organisation_named_with_Lodz_in_Polish_letters()
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync("/api/v1/organisations?q=lodz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("name").GetString()!.Contains("Łódź", StringComparison.Ordinal));
        Assert.Equal(items.Count, json.RootElement.GetProperty("total").GetInt32());
        var first = items.First(i => i.GetProperty("name").GetString()!.Contains("Łódź", StringComparison.Ordinal));
        Assert.Equal("SportsClub", first.GetProperty("legalForm").GetString());
        Assert.Equal("NonGovernmentalOrganisation", first.GetProperty("eligibility").GetString());
        Assert.Equal(["15", "17"], first.GetProperty("spheres").EnumerateArray().Select(s => s.GetString()).Order());

        var detail = await client.GetAsync($"/api/v1/organisations/{first.GetProperty("id").GetString()}");
        using var d = JsonDocument.Parse(await detail.Content.ReadAsStringAsync());
        Assert.Equal("Miasto Przykładowe", d.RootElement.GetProperty("registeredAddress").GetProperty("city").GetString());
        Assert.Equal(["Śródmieście"], d.RootElement.GetProperty("districts").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public async Task Pages_of_the_API_add_up_to_the_total()
    {
        using var client = new TestClient(App);
        async Task<JsonElement> Get(string url) => JsonDocument.Parse(await (await client.GetAsync(url)).Content.ReadAsStringAsync()).RootElement;
        var all = await Get("/api/v1/organisations?pageSize=100");
        var total = all.GetProperty("total").GetInt32();
        Assert.True(total >= 30);
        // Well under the count cap: exact, in the order asked for.
        Assert.True(all.GetProperty("totalIsExact").GetBoolean());
        Assert.False(all.GetProperty("sortedNewest").GetBoolean());
        var ids = new HashSet<string>();
        for (var page = 1; page <= (total + 6) / 7; page++)
        {
            foreach (var i in (await Get($"/api/v1/organisations?pageSize=7&page={page}")).GetProperty("items").EnumerateArray()) ids.Add(i.GetProperty("id").GetString()!);
        }
        Assert.Equal(total, ids.Count);
        var opp = await Get("/api/v1/organisations?opp=true&pageSize=100");
        Assert.All(opp.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("isPublicBenefit").GetBoolean()));
        var sphere = await Get("/api/v1/organisations?sphere=17&pageSize=100");
        Assert.All(sphere.GetProperty("items").EnumerateArray(), i => Assert.Contains("17", i.GetProperty("spheres").EnumerateArray().Select(s => s.GetString())));
        var suspended = await Get("/api/v1/organisations?q=wspolne+podworka");
        Assert.Equal(0, suspended.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_map_data_is_compact_and_decodes_to_the_directory_s_points()
    {
        using var client = new TestClient(App);
        var body = await client.Http.GetStringAsync(new Uri("/api/v1/organisations/map", UriKind.Relative));
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var scale = root.GetProperty("scale").GetInt32();
        var p = root.GetProperty("p").EnumerateArray().Select(x => x.GetInt64()).ToList();
        Assert.Equal(root.GetProperty("count").GetInt32() * 4, p.Count);
        var spheres = root.GetProperty("spheres").EnumerateArray().Select(s => s.GetString()).ToList();
        long id = 0;
        var points = new List<(long Id, double Lat, double Lng, string? Sphere)>();
        for (var i = 0; i < p.Count; i += 4)
        {
            id += p[i];
            points.Add((id, root.GetProperty("lat0").GetDouble() + ((double)p[i + 1] / scale), root.GetProperty("lng0").GetDouble() + ((double)p[i + 2] / scale), p[i + 3] < 0 ? null : spheres[(int)p[i + 3]]));
        }
        Assert.True(points.Count >= 30);
        Assert.All(points, pt => Assert.InRange(pt.Lat, 51.1, 51.3));
        Assert.All(points, pt => Assert.InRange(pt.Lng, 16.0, 16.3));
        Assert.True(body.Length < points.Count * 40);
        var popup = JsonDocument.Parse(await client.Http.GetStringAsync(new Uri($"/api/v1/organisations/map/{points[0].Id}", UriKind.Relative))).RootElement;
        Assert.StartsWith("/organizacje/", popup.GetProperty("url").GetString(), StringComparison.Ordinal);
        var filtered = JsonDocument.Parse(await client.Http.GetStringAsync(new Uri("/api/v1/organisations/map?sphere=17", UriKind.Relative))).RootElement;
        Assert.True(filtered.GetProperty("count").GetInt32() < points.Count);
    }

    [Fact]
    public async Task Districts_are_served_as_GeoJSON()
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync("/api/v1/organisations/districts");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var names = json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("name").GetString()).ToList();
        Assert.Contains("Śródmieście", names);
        Assert.Equal("Polygon", json.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_CSV_export_reads_back_with_Polish_letters_and_follows_the_filters()
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync("/organizacje/eksport.csv?sphere=17");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = new StreamReader(new MemoryStream(bytes));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => ((string)r["Nazwa"]).Contains("Łódź", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("17", ((string)r["Sfery zadań publicznych (art. 4 ust. 1)"]).Split(';')));
        Assert.All(rows, r => Assert.StartsWith("http://localhost/organizacje/", (string)r["Profil w katalogu"], StringComparison.Ordinal));
        // Every kind of value survives the trip from the database: text, enum, flag, number, dates.
        var club = rows.Single(r => ((string)r["Nazwa"]).Contains("Łódź", StringComparison.Ordinal));
        Assert.Equal("Klub sportowy w formie stowarzyszenia", club["Forma prawna"]);
        Assert.Equal("Zweryfikowana przez urząd", club["Weryfikacja"]);
        Assert.Equal("nie", club["Status OPP"]);
        Assert.Equal("15;17", club["Sfery zadań publicznych (art. 4 ust. 1)"]);
        Assert.Equal("1995-01-01", club["Data założenia"]);
        Assert.Matches("^[0-9]{10}$", (string)club["NIP"]);
        Assert.InRange(double.Parse((string)club["Szerokość geograficzna"], CultureInfo.InvariantCulture), 51.0, 51.4);
        var updated = DateTimeOffset.ParseExact((string)club["Ostatnia zmiana (UTC)"], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Assert.InRange(updated, App.Clock.GetUtcNow().AddDays(-500), App.Clock.GetUtcNow()); // the demo creates it 400 days back
    }

    [Fact]
    public async Task The_XLSX_export_opens_as_a_workbook_with_one_row_per_organisation()
    {
        using var client = new TestClient(App);
        var total = JsonDocument.Parse(await client.Http.GetStringAsync(new Uri("/api/v1/organisations", UriKind.Relative))).RootElement.GetProperty("total").GetInt32();
        var bytes = await client.Http.GetByteArrayAsync(new Uri("/organizacje/eksport.xlsx", UriKind.Relative));
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(total + 1, rows.Count);
        string Text(Cell c) => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? "";
        Assert.Equal("Nazwa", Text(rows[0].Elements<Cell>().First()));
        Assert.Contains(rows.Skip(1), r => Text(r.Elements<Cell>().First()).Contains("Łódź", StringComparison.Ordinal));
        Assert.Equal("Organizacje", document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_organisations_API()
    {
        using var client = new TestClient(App);
        var json = await client.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("/api/v1/organisations/{id}", json, StringComparison.Ordinal);
        Assert.Contains("ListOrganisations", json, StringComparison.Ordinal);
    }
}

public sealed class DirectoryApiTests_Sqlite(OrganisationsSqliteFixture f) : DirectoryApiTests(f), IClassFixture<OrganisationsSqliteFixture>;

public sealed class DirectoryApiTests_Postgres(OrganisationsPostgresFixture f) : DirectoryApiTests(f), IClassFixture<OrganisationsPostgresFixture>;
