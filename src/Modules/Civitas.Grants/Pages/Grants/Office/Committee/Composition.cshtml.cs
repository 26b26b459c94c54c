using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Pages.Grants.Committee;
using Civitas.Grants.Resources;
using Civitas.Grants.Web.Competitions;
using Civitas.Platform;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Office.Committee;

/// <summary>The committee of a competition as the department composes it (art. 15 ust. 2a–2d UDPP), and the
/// step that ends the formal check and starts the evaluation.</summary>
internal sealed class CompositionModel(CompetitionAccess access, CommitteeService committee, TextLocator text, IStringLocalizer<CommitteeText> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Competition Competition { get; private set; } = default!;
    public IReadOnlyList<CommitteeMember> Members { get; private set; } = [];
    public IReadOnlyList<PendingFormalOffer> Pending { get; private set; } = [];
    public bool MeetingClosed { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Field.Email")]
        public string? Email { get; set; }

        [Display(Name = "Field.Kind")]
        public MemberKind? Kind { get; set; }

        [Display(Name = "Field.NominatingOrganisation")]
        public string? NominatingOrganisation { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!ModelState.IsValid) return Page();
        var result = await committee.AppointAsync(Competition, Input.Email, Input.Kind, Input.NominatingOrganisation, $"{Request.Scheme}://{Request.Host}", ct);
        return await AfterAsync(result, t["Composition.Added", Input.Email ?? ""], ct);
    }

    public async Task<IActionResult> OnPostChairAsync(Guid id, Guid memberId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        ModelState.Clear();
        return await AfterAsync(await committee.SetChairAsync(Competition, memberId, ct), t["Composition.ChairSet"], ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid memberId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        ModelState.Clear();
        return await AfterAsync(await committee.RemoveAsync(Competition, memberId, ct), t["Composition.Removed"], ct);
    }

    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        ModelState.Clear();
        return await AfterAsync(await committee.StartEvaluationAsync(Competition, ct), t["Composition.EvaluationStarted"], ct);
    }

    private async Task<IActionResult> AfterAsync(Result result, string success, CancellationToken ct)
    {
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType());
            await ReloadAsync(ct);
            return Page();
        }
        TempData["Status"] = success;
        return Redirect(CommitteeUrls.Composition(Competition.Id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (outcome, competition) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        await ReloadAsync(ct);
        return null;
    }

    private async Task ReloadAsync(CancellationToken ct)
    {
        Members = await committee.MembersAsync(Competition.Id, ct);
        Pending = Competition.Status == CompetitionStatus.FormalCheck ? await committee.PendingFormalAsync(Competition.Id, ct) : [];
        MeetingClosed = await committee.IsClosedAsync(Competition.Id, ct);
    }
}
