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

/// <summary>Corrects a published announcement: a new numbered version with its reason, published as a
/// new version of the same register entry.</summary>
internal sealed class CorrectionModel(
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
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!ModelState.IsValid) return await ShowAsync(ct);
        var content = Input.ToContent(out var partial);
        if (!content.Succeeded)
        {
            ModelState.AddErrors(await commands.CheckAsync(Competition, content, partial, ct), text, GetType());
            return await ShowAsync(ct);
        }
        var corrected = await commands.CorrectAsync(Competition, Input.Version, content.Value!, Input.Reason, User, ct);
        if (!corrected.Succeeded)
        {
            ModelState.AddErrors(corrected, text, GetType());
            return await ShowAsync(ct);
        }
        TempData["Status"] = t["Office.Corrected", Competition.AnnouncementVersionNumber].Value;
        return Redirect(CompetitionUrls.Office(id));
    }

    public async Task<IActionResult> OnPostRowAsync(Guid id, string? op, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        AnnouncementForm.ApplyRowOperation(Input, op);
        ModelState.Clear();
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var rules = await commands.RulesAsync(ct);
        var spheres = await organisations.GetSpheresAsync(WarsawTime.Today(clock), ct);
        Form = new AnnouncementForm(Input, spheres, true, rules.OfferDeadlineMinDays, rules.OfferDeadlineBasis, false);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (outcome, competition) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        if (Competition.Status == CompetitionStatus.Draft) return Redirect(CompetitionUrls.Edit(id));
        if (Competition.Status != CompetitionStatus.Announced)
        {
            TempData["Status"] = t["Error.Competition.NotAnnounced"].Value;
            TempData["StatusKind"] = "error";
            return Redirect(CompetitionUrls.Office(id));
        }
        return null;
    }
}
