using System.Globalization;
using Civitas.Grants.Resources;
using Civitas.Grants.Web.Statistics;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Documents;
using Civitas.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Office.Statistics;

/// <summary>Grant statistics of the local government for a year (folder policy: Official; every official of
/// the tenant sees every department's figures, the tenant filter keeps other tenants out): funds announced,
/// requested and granted per sphere of art. 4 ust. 1 UDPP, offers per competition, success rate; CSV/XLSX.</summary>
internal sealed class IndexModel(
    GrantStatisticsQueries queries,
    IOrganisationDirectory organisations,
    TimeProvider clock,
    IStringLocalizer<StatisticsText> text,
    IStringLocalizer<CompetitionsText> competitionsText) : PageModel
{
    public const string SpheresTable = "sfery";
    public const string CompetitionsTable = "konkursy";

    public int Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<GrantStatisticsQueries.SphereRow> Spheres { get; private set; } = [];
    public IReadOnlyList<GrantStatisticsQueries.CompetitionRow> Competitions { get; private set; } = [];
    public GrantStatisticsQueries.SphereRow Total { get; private set; } = new(null, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    private Dictionary<string, string> _sphereNames = [];

    public string SphereName(string? code) =>
        code is null ? text["Statistics.SphereNotGiven"].Value : _sphereNames.TryGetValue(code, out var name) ? $"{code}. {name}" : code;

    public async Task OnGetAsync([FromQuery(Name = "rok")] string? year, CancellationToken ct) => await LoadAsync(year, ct);

    public Task<IActionResult> OnGetCsvAsync([FromQuery(Name = "rok")] string? year, [FromQuery(Name = "tabela")] string? table, CancellationToken ct)
        => ExportAsync(year, table, csv: true, ct);

    public Task<IActionResult> OnGetXlsxAsync([FromQuery(Name = "rok")] string? year, [FromQuery(Name = "tabela")] string? table, CancellationToken ct)
        => ExportAsync(year, table, csv: false, ct);

    private async Task<IActionResult> ExportAsync(string? year, string? table, bool csv, CancellationToken ct)
    {
        if (table is not (SpheresTable or CompetitionsTable)) ModelState.AddModelError("tabela", text["Statistics.TableUnknown"]);
        if (!await LoadAsync(year, ct) || !ModelState.IsValid) return Page();

        var y = Year.ToString(CultureInfo.InvariantCulture);
        if (table == SpheresTable)
        {
            var columns = new ExportTable<GrantStatisticsQueries.SphereRow>()
                .Integer(text["Statistics.Column.Year"], _ => Year)
                .Text(text["Statistics.Column.SphereCode"], r => r.SphereCode)
                .Text(text["Statistics.Column.Sphere"], r => SphereName(r.SphereCode))
                .Number(text["Statistics.Column.Announced"], r => r.Announced)
                .Integer(text["Statistics.Column.Offers"], r => r.Offers)
                .Number(text["Statistics.Column.Requested"], r => r.Requested)
                .Integer(text["Statistics.Column.SmallGrantOffers"], r => r.SmallGrantOffers)
                .Number(text["Statistics.Column.SmallGrantRequested"], r => r.SmallGrantRequested)
                .Number(text["Statistics.Column.Granted"], r => r.Granted)
                .Integer(text["Statistics.Column.Submitted"], r => r.Submitted)
                .Integer(text["Statistics.Column.Funded"], r => r.Funded)
                .Number(text["Statistics.Column.SuccessRate"], r => r.SuccessRate, decimals: 1)
                .Number(text["Statistics.Column.CompetitionGranted"], r => r.CompetitionGranted)
                .Integer(text["Statistics.Column.CompetitionFunded"], r => r.CompetitionFunded)
                .Number(text["Statistics.Column.SmallGrantGranted"], r => r.SmallGrantGranted)
                .Integer(text["Statistics.Column.SmallGrantGrantedCount"], r => r.SmallGrantGrantedCount);
            var name = text["Statistics.File.Spheres", y];
            return csv
                ? TableExport.Csv(name, columns, Spheres.ToAsyncEnumerable())
                : TableExport.Xlsx(name, columns, Spheres.ToAsyncEnumerable());
        }
        else
        {
            var columns = new ExportTable<GrantStatisticsQueries.CompetitionRow>()
                .Integer(text["Statistics.Column.Year"], _ => Year)
                .Text(text["Statistics.Column.Number"], r => r.Number)
                .Text(text["Statistics.Column.Title"], r => r.Title)
                .Text(text["Statistics.Column.Status"], r => competitionsText["Status." + r.Status].Value)
                .Number(text["Statistics.Column.Announced"], r => r.Announced)
                .Integer(text["Statistics.Column.Offers"], r => r.Offers)
                .Number(text["Statistics.Column.Requested"], r => r.Requested)
                .Integer(text["Statistics.Column.CompetitionFunded"], r => r.Funded)
                .Number(text["Statistics.Column.CompetitionGranted"], r => r.Granted)
                .Number(text["Statistics.Column.SuccessRate"], r => r.SuccessRate, decimals: 1);
            var name = text["Statistics.File.Competitions", y];
            return csv
                ? TableExport.Csv(name, columns, Competitions.ToAsyncEnumerable())
                : TableExport.Xlsx(name, columns, Competitions.ToAsyncEnumerable());
        }
    }

    /// <summary>Loads the year's figures; false (with a message next to the year filter) when the year is not valid.</summary>
    private async Task<bool> LoadAsync(string? year, CancellationToken ct)
    {
        var today = WarsawTime.Today(clock);
        Years = await queries.YearsAsync(ct);
        var valid = true;
        Year = today.Year;
        if (!string.IsNullOrEmpty(year))
        {
            if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 2000 and <= 2200) Year = v;
            else
            {
                ModelState.AddModelError("rok", text["Statistics.YearInvalid"]);
                valid = false;
            }
        }
        if (!Years.Contains(Year)) Years = Years.Append(Year).OrderByDescending(x => x).ToList();

        var spheres = await organisations.GetSpheresAsync(today, ct);
        _sphereNames = spheres.ToDictionary(s => s.Code, s => CivitasCultures.IsEnglish ? s.NameEnglish : s.NamePolish, StringComparer.Ordinal);
        Spheres = await queries.SpheresAsync(Year, spheres.Select(s => s.Code).ToList(), ct);
        Competitions = await queries.CompetitionsAsync(Year, ct);
        Total = new GrantStatisticsQueries.SphereRow(null,
            Spheres.Sum(s => s.Announced), Spheres.Sum(s => s.Offers), Spheres.Sum(s => s.Requested),
            Spheres.Sum(s => s.SmallGrantOffers), Spheres.Sum(s => s.SmallGrantRequested), Spheres.Sum(s => s.SmallGrantGranted),
            Spheres.Sum(s => s.SmallGrantGrantedCount), Spheres.Sum(s => s.CompetitionGranted), Spheres.Sum(s => s.CompetitionFunded));
        return valid;
    }
}
