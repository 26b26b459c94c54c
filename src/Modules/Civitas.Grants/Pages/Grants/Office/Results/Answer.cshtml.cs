using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Results;
using Civitas.Grants.Resources;
using Civitas.Grants.Web.Competitions;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Office.Results;

/// <summary>One request for justification and the office's answer (sent to the requester by e-mail).</summary>
internal sealed class AnswerModel(CompetitionAccess access, GrantsDb db, ResultsService results, TextLocator text, IStringLocalizer<ResultsText> r) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Competition Competition { get; private set; } = default!;
    public JustificationRequest Item { get; private set; } = default!;
    public DecisionLine Line { get; private set; } = default!;

    public sealed class InputModel
    {
        [Display(Name = "ResultsField.Answer")]
        public string? Answer { get; set; }

        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid requestId, CancellationToken ct)
    {
        if (await LoadAsync(id, requestId, ct) is { } denied) return denied;
        Input = new InputModel { Answer = Item.Answer, Version = Item.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid requestId, CancellationToken ct)
    {
        if (await LoadAsync(id, requestId, ct) is { } denied) return denied;
        if (!ModelState.IsValid) return Page();
        var answered = await results.AnswerAsync(Item, Input.Version, Input.Answer, $"{Request.Scheme}://{Request.Host}", ct);
        if (!answered.Succeeded)
        {
            ModelState.AddErrors(answered, text, GetType());
            return Page();
        }
        TempData["Status"] = r["Answer.Saved"].Value;
        return Redirect(ResultsUrls.Justifications(id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid requestId, CancellationToken ct)
    {
        var (outcome, competition) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        var request = await db.JustificationRequests.FirstOrDefaultAsync(x => x.Id == requestId && x.CompetitionId == id, ct);
        if (request is null) return NotFound();
        Item = request;
        Line = await db.DecisionLines.AsNoTracking().FirstAsync(l => l.OfferId == request.OfferId, ct);
        return null;
    }
}
