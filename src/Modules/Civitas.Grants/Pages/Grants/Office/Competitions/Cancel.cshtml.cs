using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Resources;
using Civitas.Grants.Web.Competitions;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Office.Competitions;

/// <summary>Cancels a competition (art. 18a UDPP) with its reason; the cancellation is published.</summary>
internal sealed class CancelModel(CompetitionAccess access, CompetitionCommands commands, TextLocator text, IStringLocalizer<CompetitionsText> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Competition Competition { get; private set; } = default!;

    public sealed class InputModel
    {
        public int Version { get; set; }

        [Display(Name = "Field.CancellationReason")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input.Version = Competition.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!ModelState.IsValid) return Page();
        var cancelled = await commands.CancelAsync(Competition, Input.Version, Input.Reason, User, ct);
        if (!cancelled.Succeeded)
        {
            ModelState.AddErrors(cancelled, text, GetType());
            return Page();
        }
        TempData["Status"] = t["Office.Cancelled"].Value;
        return Redirect(CompetitionUrls.Office(id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (outcome, competition) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        return null;
    }
}
