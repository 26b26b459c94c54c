using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Resources;
using Civitas.Grants.Web.Competitions;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Office.Competitions;

/// <summary>Edits the draft announcement (every element of art. 13 ust. 2 UDPP) and announces it.
/// Rows are added and removed by submit buttons, so the form works without JavaScript; input is never lost.</summary>
internal sealed class AnnouncementModel(
    CompetitionAccess access, CompetitionCommands commands, IOrganisationDirectory organisations, TimeProvider clock,
    TextLocator text, IStringLocalizer<CompetitionsText> t) : PageModel
{
    [BindProperty]
    public AnnouncementInput Input { get; set; } = new();

    public Competition Competition { get; private set; } = default!;
    public AnnouncementForm Form { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = AnnouncementInput.From(Competition.Content(), Competition.Version);
        await FormAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!await SaveAsync(ct)) return await ShowAsync(ct);
        TempData["Status"] = t["Office.DraftSaved"].Value;
        return Redirect(CompetitionUrls.Edit(id));
    }

    public async Task<IActionResult> OnPostAnnounceAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!await SaveAsync(ct)) return await ShowAsync(ct);
        var announced = await commands.AnnounceAsync(Competition, Competition.Version, User, ct);
        if (!announced.Succeeded)
        {
            ModelState.AddErrors(announced, text, GetType());
            // The draft was saved; show the saved version number so the next save is not a false conflict.
            Input.Version = Competition.Version;
            ModelState.Remove("Input.Version");
            return await ShowAsync(ct);
        }
        TempData["Status"] = t["Office.Announced"].Value;
        return Redirect(CompetitionUrls.Office(id));
    }

    public async Task<IActionResult> OnPostRowAsync(Guid id, string? op, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        AnnouncementForm.ApplyRowOperation(Input, op);
        // The rows moved: messages of the old positions would point at the wrong fields.
        ModelState.Clear();
        return await ShowAsync(ct);
    }

    private async Task<bool> SaveAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return false;
        var content = Input.ToContent(out var partial);
        if (!content.Succeeded)
        {
            ModelState.AddErrors(await commands.CheckAsync(Competition, content, partial, ct), text, GetType());
            return false;
        }
        var saved = await commands.SaveDraftAsync(Competition, Input.Version, content.Value!, ct);
        if (!saved.Succeeded)
        {
            ModelState.AddErrors(saved, text, GetType());
            return false;
        }
        return true;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await FormAsync(ct);
        return Page();
    }

    private async Task FormAsync(CancellationToken ct)
    {
        var rules = await commands.RulesAsync(ct);
        var spheres = await organisations.GetSpheresAsync(WarsawTime.Today(clock), ct);
        Form = new AnnouncementForm(Input, spheres, false, rules.OfferDeadlineMinDays, rules.OfferDeadlineBasis, Competition.Status == CompetitionStatus.Draft);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (outcome, competition) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        // Only a draft is edited here; a published announcement is changed by a correction.
        if (Competition.Status != CompetitionStatus.Draft) return Redirect(Competition.Status == CompetitionStatus.Announced ? CompetitionUrls.Correct(id) : CompetitionUrls.Office(id));
        return null;
    }
}
