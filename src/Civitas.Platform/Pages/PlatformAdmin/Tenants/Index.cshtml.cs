using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Pages.PlatformAdmin.Tenants;

/// <summary>Every JST of the installation with its host names and status (folder policy: PlatformAdmin).</summary>
internal sealed class IndexModel(PlatformDb db) : PageModel
{
    public sealed record Row(Guid Id, string Name, string Slug, TenantKind Kind, string TerytCode, bool IsActive, IReadOnlyList<string> Hosts);

    public PagedList<Row> Tenants { get; private set; } = new([], 0, 1, 1);
    public PagerModel Pager { get; private set; } = default!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        var numbers = PageNumbers.From(pageNumber, null, defaultSize: 50);
        var total = await db.Tenants.CountAsync(ct);
        var rows = await db.Tenants.AsNoTracking()
            .OrderBy(t => t.Name).ThenBy(t => t.Slug)
            .Skip(numbers.Skip).Take(numbers.PageSize)
            .Select(t => new { t.Id, t.Name, t.Slug, t.Kind, t.TerytCode, t.IsActive, Hosts = t.Hosts.OrderBy(h => h.HostName).Select(h => h.HostName).ToList() })
            .ToListAsync(ct);
        Tenants = new PagedList<Row>([.. rows.Select(r => new Row(r.Id, r.Name, r.Slug, r.Kind, r.TerytCode, r.IsActive, r.Hosts))], total, numbers.Page, numbers.PageSize);
        Pager = new PagerModel(Request, numbers.Page, Tenants.PageCount);
    }
}
