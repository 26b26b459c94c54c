using System.Globalization;
using Civitas.Grants.Resources;
using Civitas.Grants.Web.Competitions;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.Ui;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Public.Competitions;

/// <summary>Public list of announced competitions with filters (state, year, sphere, department), paged.</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class IndexModel(CompetitionQueries queries, IOrganisationDirectory organisations, IDepartmentDirectory departments, TimeProvider clock, IStringLocalizer<CompetitionsText> t) : PageModel
{
    public PagedList<CompetitionQueries.Row> List { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<PublicTaskSphere> Spheres { get; private set; } = [];
    public IReadOnlyList<DepartmentInfo> Departments { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public string? State { get; private set; }
    public string? Year { get; private set; }
    public string? Sphere { get; private set; }
    public string? Department { get; private set; }

    public static readonly PublicState[] States = [PublicState.Open, PublicState.Evaluation, PublicState.Decided, PublicState.Cancelled];

    public async Task OnGetAsync(
        [FromQuery(Name = "status")] string? status, [FromQuery(Name = "rok")] string? year, [FromQuery(Name = "sfera")] string? sphere,
        [FromQuery(Name = "wydzial")] string? department, [FromQuery(Name = "page")] string? page, CancellationToken ct)
    {
        State = status; Year = year; Sphere = sphere; Department = department;
        Spheres = await organisations.GetSpheresAsync(WarsawTime.Today(clock), ct);
        Departments = await departments.ListAsync(ct);
        PublicState? state = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<PublicState>(status, ignoreCase: true, out var s) && States.Contains(s)) state = s;
            else ModelState.AddModelError("status", t["Filter.StatusUnknown"]);
        }
        int? y = null;
        if (!string.IsNullOrEmpty(year))
        {
            if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 2000 and <= 2200) y = v;
            else ModelState.AddModelError("rok", t["Filter.YearInvalid"]);
        }
        string? sphereCode = null;
        if (!string.IsNullOrEmpty(sphere))
        {
            if (Spheres.Any(s => s.Code == sphere)) sphereCode = sphere;
            else ModelState.AddModelError("sfera", t["Filter.SphereUnknown"]);
        }
        Guid? dep = null;
        if (!string.IsNullOrEmpty(department))
        {
            if (Guid.TryParse(department, out var d) && Departments.Any(x => x.Id == d)) dep = d;
            else ModelState.AddModelError("wydzial", t["Filter.DepartmentUnknown"]);
        }
        var pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        List = await queries.PublicListAsync(new CompetitionQueries.Filter(state, y, sphereCode, dep), PageNumbers.From(pageNumber, null), ct);
        Pager = new PagerModel(Request, List.Page, List.PageCount);
        Years = await queries.YearsAsync(ct);
        Now = queries.Now;
    }
}
