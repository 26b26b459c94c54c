using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Web.Competitions;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Civitas.Grants.Resources;

namespace Civitas.Grants.Pages.Grants.Office.Competitions;

/// <summary>Starts a competition as a draft of one of the official's departments.</summary>
internal sealed class NewModel(CompetitionCommands commands, IDepartmentDirectory departments, TextLocator text, IStringLocalizer<CompetitionsText> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<DepartmentInfo> Departments { get; private set; } = [];

    public sealed class InputModel
    {
        [Required]
        [Display(Name = "Field.Department")]
        public Guid? DepartmentId { get; set; }

        [Required]
        [StringLength(Domain.Competitions.Competition.TitleMax)]
        [Display(Name = "Field.Title")]
        public string? Title { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Departments.Count == 1) Input.DepartmentId = Departments[0].Id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid) return Page();
        var created = await commands.CreateAsync(Input.DepartmentId!.Value, Input.Title, User, ct);
        if (!created.Succeeded)
        {
            ModelState.AddErrors(created, text, GetType());
            return Page();
        }
        TempData["Status"] = t["Office.Created"].Value;
        return Redirect(CompetitionUrls.Edit(created.Value));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = await departments.ListAsync(ct);
        var admin = CompetitionAccess.IsTenantAdmin(User);
        var mine = User.DepartmentIds();
        Departments = all.Where(d => d.IsActive && (admin || mine.Contains(d.Id))).ToList();
    }
}
