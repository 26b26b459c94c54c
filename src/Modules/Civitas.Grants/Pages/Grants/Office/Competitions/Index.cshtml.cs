using Civitas.Grants.Web.Competitions;
using Civitas.Platform.Identity;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Grants.Pages.Grants.Office.Competitions;

/// <summary>The office's competitions: those of the official's departments (every department for a tenant administrator).</summary>
internal sealed class IndexModel(CompetitionQueries queries, IDepartmentDirectory departments) : PageModel
{
    public PagedList<CompetitionQueries.Row> List { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public IReadOnlyDictionary<Guid, string> DepartmentNames { get; private set; } = new Dictionary<Guid, string>();
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var mine = CompetitionAccess.IsTenantAdmin(User) ? null : User.DepartmentIds();
        List = await queries.OfficeListAsync(mine, new CompetitionQueries.Filter(null, null, null, null), PageNumbers.From(page, null), ct);
        Pager = new PagerModel(Request, List.Page, List.PageCount);
        DepartmentNames = (await departments.ListAsync(ct)).ToDictionary(d => d.Id, d => d.Name);
        Now = queries.Now;
    }
}
