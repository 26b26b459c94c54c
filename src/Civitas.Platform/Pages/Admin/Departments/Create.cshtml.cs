using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.Admin.Departments;

/// <summary>Adds a department to the current tenant.</summary>
internal sealed class CreateModel(PlatformDb db, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var name = Input.Name.Trim();
        if (await DepartmentNames.TakenAsync(db, name, except: null, ct))
        {
            ModelState.AddModelError("Input.Name", text["Departments.NameTaken", name]);
            return Page();
        }
        db.Departments.Add(new Department
        {
            Name = name,
            ShortName = Blank(Input.ShortName),
            Email = Blank(Input.Email),
            IsActive = true,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (WriteConflicts.IsUniqueViolation(e))
        {
            ModelState.AddModelError("Input.Name", text["Departments.NameTaken", name]);
            return Page();
        }
        TempData["Status"] = text["Departments.Created", name].Value;
        return RedirectToPage("Index");
    }

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
    }
}
