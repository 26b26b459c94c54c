using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Civitas.Grants.Data;
using Civitas.Testing;
using Civitas.Web.Tests.Grants.Offers;
using Civitas.Web.Tests.Grants.Results;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.Statistics;

/// <summary>The statistics count the amounts of open-competition decisions once their results are published: a
/// competition with two submitted offers, one funded with 6 000 zł and one rejected on formal grounds.</summary>
public abstract class GrantStatisticsDecisionTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private static string Plain(string s) => s.Replace('\u00a0', ' ').Replace('\u202f', ' ').Trim();

    private static decimal Money(string s) => decimal.Parse(s.Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.GetCultureInfo("pl-PL"));

    private static List<string> Cells(IHtmlDocument page, string rowSelector) =>
        page.QuerySelector(rowSelector)!.QuerySelectorAll("td").Select(c => Plain(c.TextContent)).ToList();

    [Fact]
    public async Task Granted_and_the_success_rate_count_the_published_decision_of_a_competition_on_the_page_and_in_the_exports()
    {
        var w = await ResultsKit.WorldAsync(App);
        var (year, sphere, number) = await App.InAsync(w.Tenant, null, async sp =>
        {
            var db = sp.GetRequiredService<GrantsDb>();
            var c = await db.Competitions.AsNoTracking().Include(x => x.Tasks).FirstAsync(x => x.Id == w.Competition);
            return (c.Year, c.Tasks.Single(t => t.Id == w.Formal.Task).SphereCode, c.Number);
        });
        using var official = new TestClient(App);
        await official.SignInAsync(w.Official);
        var url = $"/urzad/dotacje/statystyki?rok={year}";
        var sphereRow = $"tr[data-sphere='{sphere}']";
        var competitionRow = $"tr[data-competition='{w.Competition}']";

        // Recorded but not yet published: nothing is granted.
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(w.DecisionUrl, ResultsKit.DecisionFields(w, true, "6000,00"))).StatusCode);
        var before = await official.GetPageAsync(url);
        var competitionBefore = Cells(before, competitionRow);
        Assert.Equal("2", competitionBefore[3]);
        Assert.Equal("0", competitionBefore[5]);
        Assert.Equal("0,00", competitionBefore[6]);
        var sphereBefore = Cells(before, sphereRow);
        var grantedBefore = Money(sphereBefore[5]);

        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(w.DecisionUrl, new Dictionary<string, string> { ["Publish.Confirm"] = "true" }, "handler=Publish")).StatusCode);
        var after = await official.GetPageAsync(url);
        var competition = Cells(after, competitionRow);
        Assert.Equal("2", competition[3]);
        Assert.Equal("1", competition[5]);
        Assert.Equal("6 000,00", competition[6]);
        Assert.StartsWith("50,0", competition[7], StringComparison.Ordinal);
        var sphereAfter = Cells(after, sphereRow);
        Assert.Equal(grantedBefore + 6_000m, Money(sphereAfter[5]));
        // "funded of submitted": one more funded, the same offers submitted.
        int Funded(List<string> row) => int.Parse(row[6].Split(' ')[0], CultureInfo.InvariantCulture);
        int Submitted(List<string> row) => int.Parse(row[6].Split(' ')[2], CultureInfo.InvariantCulture);
        Assert.Equal(Funded(sphereBefore) + 1, Funded(sphereAfter));
        Assert.Equal(Submitted(sphereBefore), Submitted(sphereAfter));

        // CSV of the spheres: total granted, submitted, funded, rate, then the competition and small-grant parts.
        var csv = await official.GetAsync($"/urzad/dotacje/statystyki?handler=Csv&rok={year}&tabela=sfery");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        var header = lines[0].Split(';');
        Assert.Equal("Przyznane w konkursach [zł]", header[12]);
        var cells = lines.Single(l => l.StartsWith($"{year};{sphere};", StringComparison.Ordinal)).Split(';');
        var total = Money(cells[8]);
        var inCompetitions = Money(cells[12]);
        var inSmallGrants = Money(cells[14]);
        Assert.Equal(grantedBefore + 6_000m, total);
        Assert.Equal(total, inCompetitions + inSmallGrants);
        Assert.True(inCompetitions >= 6_000m);
        Assert.Equal(Funded(sphereAfter).ToString(CultureInfo.InvariantCulture), cells[10]);
        Assert.Equal(Submitted(sphereAfter).ToString(CultureInfo.InvariantCulture), cells[9]);

        // XLSX of the competitions: funded, granted and the success rate of this competition.
        var xlsx = await official.GetAsync($"/urzad/dotacje/statystyki?handler=Xlsx&rok={year}&tabela=konkursy");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        var row = rows.Single(r => r.Count > 1 && r[1] == number);
        Assert.Equal(2, int.Parse(row[5], CultureInfo.InvariantCulture));
        Assert.Equal(1, int.Parse(row[7], CultureInfo.InvariantCulture));
        Assert.Equal(6_000m, decimal.Parse(row[8], CultureInfo.InvariantCulture));
        Assert.Equal(50m, decimal.Parse(row[9], CultureInfo.InvariantCulture));
    }
}

public sealed class GrantStatisticsDecisionTests_Sqlite(ResultsSqliteFixture f) : GrantStatisticsDecisionTests(f), IClassFixture<ResultsSqliteFixture>;

public sealed class GrantStatisticsDecisionTests_Postgres(ResultsPostgresFixture f) : GrantStatisticsDecisionTests(f), IClassFixture<ResultsPostgresFixture>;
