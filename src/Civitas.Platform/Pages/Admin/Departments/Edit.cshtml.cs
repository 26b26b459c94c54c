using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.Admin.Departments;

/// <summary>Edits, deactivates or deletes one department of the current tenant. Another tenant's
/// department is not found (tenant filter). Two administrators editing at once are told of the
/// conflict and keep what they typed (optimistic concurrency on Version).</summary>
internal sealed class EditModel(PlatformDb db, IStringLocalizer<AdminText> text, IStringLocalizer<PlatformText> platformText) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int People { get; private set; }

    /// <summary>The values saved by someone else, shown after a concurrency conflict.</summary>
    public Department? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (department is null) return NotFound();
        Input = new InputModel
        {
            Name = department.Name,
            ShortName = department.ShortName,
            Email = department.Email,
            IsActive = department.IsActive,
            Version = department.Version,
        };
        People = await CountPeopleAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (department is null) return NotFound();
        People = await CountPeopleAsync(id, ct);
        if (!ModelState.IsValid) return Page();

        var name = Input.Name.Trim();
        if (await DepartmentNames.TakenAsync(db, name, except: id, ct))
        {
            ModelState.AddModelError("Input.Name", text["Departments.NameTaken", name]);
            return Page();
        }
        // The version the form was loaded with: a save over someone else's change fails instead of overwriting it.
        db.Entry(department).Property(d => d.Version).OriginalValue = Input.Version;
        department.Name = name;
        department.ShortName = Blank(Input.ShortName);
        department.Email = Blank(Input.Email);
        department.IsActive = Input.IsActive;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, ct);
        }
        catch (DbUpdateException e) when (WriteConflicts.IsUniqueViolation(e))
        {
            ModelState.AddModelError("Input.Name", text["Departments.NameTaken", name]);
            return Page();
        }
        TempData["Status"] = text["Departments.Saved", name].Value;
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (department is null) return NotFound();
        // Only the delete button was pressed: the edit fields are not part of this request.
        ModelState.Clear();
        People = await CountPeopleAsync(id, ct);
        if (People > 0)
        {
            // Officials keep their assignment history; a department in use is deactivated, never deleted.
            Fill(department);
            ModelState.AddModelError("", text["Departments.DeleteHasPeople", People]);
            return Page();
        }
        db.Entry(department).Property(d => d.Version).OriginalValue = Input.Version;
        db.Departments.Remove(department);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
            if (current is null) return RedirectToPage("Index");
            Fill(current);
            ModelState.AddModelError("", platformText["Form.ConcurrencyConflict"]);
            return Page();
        }
        TempData["Status"] = text["Departments.Deleted", department.Name].Value;
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> ConflictAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Current = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (Current is null)
        {
            TempData["Status"] = text["Departments.DeletedMeanwhile"].Value;
            TempData["StatusKind"] = "warning";
            return RedirectToPage("Index");
        }
        // Keep every field the person typed; only the hidden version moves on, so saving again
        // (after checking the values shown above the form) overwrites knowingly.
        ModelState.Remove("Input.Version");
        Input.Version = Current.Version;
        ModelState.AddModelError("", platformText["Form.ConcurrencyConflict"]);
        return Page();
    }

    private void Fill(Department d)
    {
        Input = new InputModel { Name = d.Name, ShortName = d.ShortName, Email = d.Email, IsActive = d.IsActive, Version = d.Version };
    }

    private Task<int> CountPeopleAsync(Guid id, CancellationToken ct) => db.RoleAssignments.CountAsync(r => r.DepartmentId == id, ct);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public sealed class InputModel
    {
        [Required, StringLength(200)]
        [Display(Name = "Departments.Field.Name")]
        public string Name { get; set; } = "";

        [StringLength(30)]
        [Display(Name = "Departments.Field.ShortName")]
        public string? ShortName { get; set; }

        [EmailAddress, StringLength(256)]
        [Display(Name = "Departments.Field.Email")]
        public string? Email { get; set; }

        [Display(Name = "Departments.Field.IsActive")]
        public bool IsActive { get; set; }

        public int Version { get; set; }
    }
}
