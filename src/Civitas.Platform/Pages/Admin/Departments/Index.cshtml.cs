using Civitas.Platform.Data;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Pages.Admin.Departments;

/// <summary>Departments of the current tenant (folder policy: TenantAdmin; the tenant filter keeps
/// other JSTs' departments out).</summary>
internal sealed class IndexModel(PlatformDb db) : PageModel
{
    public sealed record Row(Guid Id, string Name, string? ShortName, string? Email, bool IsActive, int People);

    public PagedList<Row> Departments { get; private set; } = new([], 0, 1, 1);
    public PagerModel Pager { get; private set; } = default!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        var numbers = PageNumbers.From(pageNumber, null, defaultSize: 50);
        var total = await db.Departments.CountAsync(ct);
        var rows = await db.Departments.AsNoTracking()
            .OrderByDescending(d => d.IsActive).ThenBy(d => d.Name)
            .Skip(numbers.Skip).Take(numbers.PageSize)
            .Select(d => new Row(d.Id, d.Name, d.ShortName, d.Email, d.IsActive, db.RoleAssignments.Count(r => r.DepartmentId == d.Id)))
            .ToListAsync(ct);
        Departments = new PagedList<Row>(rows, total, numbers.Page, numbers.PageSize);
        Pager = new PagerModel(Request, numbers.Page, Departments.PageCount);
    }
}
