using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Resources;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.Admin.People;

/// <summary>People holding roles in the current tenant: officials (per department) and
/// administrators. Roles are given to existing accounts found by e-mail.</summary>
internal sealed class IndexModel(
    PlatformDb db,
    AssignTenantRoleHandler assign,
    RemoveTenantRoleHandler remove,
    TextLocator locator,
    IStringLocalizer<AdminText> text) : PageModel
{
    public sealed record Row(Guid Id, Guid UserId, string Name, string? Email, TenantRole Role, string? Department, bool DepartmentActive);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public PagedList<Row> Assignments { get; private set; } = new([], 0, 1, 1);
    public PagerModel Pager { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> DepartmentOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RoleOptions { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct) => await LoadAsync(pageNumber, ct);

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct)
    {
        if (Input.Role == TenantRole.Official && Input.DepartmentId is null)
        {
            ModelState.AddModelError("Input.DepartmentId", text["Error.People.DepartmentRequired"]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(null, ct);
            return Page();
        }
        var result = await assign.HandleAsync(Input.Email, Input.Role!.Value, Input.DepartmentId, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, locator, GetType());
            await LoadAsync(null, ct);
            return Page();
        }
        TempData["Status"] = text["People.Assigned", Input.Email.Trim(), text["Role." + Input.Role]].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid assignmentId, CancellationToken ct)
    {
        // Only the remove button was pressed; the assignment form's fields are not part of this request.
        ModelState.Clear();
        // The tenant filter hides other tenants' assignments: one from elsewhere is "not found".
        var row = await (from r in db.RoleAssignments.AsNoTracking()
                         join u in db.Users.AsNoTracking() on r.UserId equals u.Id
                         where r.Id == assignmentId
                         select new { r.UserId, u.DisplayName, r.Role }).FirstOrDefaultAsync(ct);
        if (row is null) return NotFound();
        var result = await remove.HandleAsync(assignmentId, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, locator, GetType());
            await LoadAsync(null, ct);
            return Page();
        }
        if (!result.Value) return NotFound();
        TempData["Status"] = text["People.Removed", row.DisplayName, text["Role." + row.Role]].Value;
        // Someone who took away their own administrator role can no longer see this page.
        if (row.UserId == User.UserId() && row.Role == TenantRole.TenantAdmin) return Redirect("/");
        return RedirectToPage();
    }

    private IQueryable<Row> Rows(string? query = null)
    {
        var joined =
            from r in db.RoleAssignments.AsNoTracking()
            join u in db.Users.AsNoTracking() on r.UserId equals u.Id
            join d in db.Departments.AsNoTracking() on r.DepartmentId equals d.Id into ds
            from d in ds.DefaultIfEmpty()
            select new { r.Id, UserId = u.Id, u.DisplayName, u.Email, r.Role, Department = d == null ? null : d.Name, DepartmentActive = d == null || d.IsActive };
        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim().ToLower(System.Globalization.CultureInfo.CurrentCulture);
            joined = joined.Where(x => x.DisplayName.ToLower().Contains(q) || (x.Email != null && x.Email.ToLower().Contains(q)));
        }
        return joined.OrderBy(x => x.DisplayName).ThenBy(x => x.Role).ThenBy(x => x.Department)
            .Select(x => new Row(x.Id, x.UserId, x.DisplayName, x.Email, x.Role, x.Department, x.DepartmentActive));
    }

    private async Task LoadAsync(int? page, CancellationToken ct)
    {
        var numbers = PageNumbers.From(page, null, defaultSize: 50);
        var rows = Rows(Query);
        var total = await rows.CountAsync(ct);
        var items = await rows.Skip(numbers.Skip).Take(numbers.PageSize).ToListAsync(ct);
        Assignments = new PagedList<Row>(items, total, numbers.Page, numbers.PageSize);
        Pager = new PagerModel(Request, numbers.Page, Assignments.PageCount);

        DepartmentOptions = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name)
            .Select(d => new SelectListItem(d.ShortName == null ? d.Name : d.Name + " (" + d.ShortName + ")", d.Id.ToString()))
            .ToListAsync(ct);
        RoleOptions = [.. Enum.GetValues<TenantRole>().Select(r => new SelectListItem(text["Role." + r], r.ToString()))];
    }

    public sealed class InputModel
    {
        [Required, EmailAddress, StringLength(256)]
        [Display(Name = "People.Field.Email")]
        public string Email { get; set; } = "";

        [Required]
        [Display(Name = "People.Field.Role")]
        public TenantRole? Role { get; set; }

        [Display(Name = "People.Field.Department")]
        public Guid? DepartmentId { get; set; }
    }
}
