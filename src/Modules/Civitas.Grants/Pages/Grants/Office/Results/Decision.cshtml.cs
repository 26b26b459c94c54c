using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Results;
using Civitas.Grants.Resources;
using Civitas.Grants.Web.Competitions;
using Civitas.Platform.Calendar;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Office.Results;

/// <summary>The organ's decision on the offers (funded with an amount / not funded with a reason), then the
/// publication of the results. Only officials of the competition's department (and tenant administrators).</summary>
internal sealed class DecisionModel(CompetitionAccess access, ResultsService results, Domain.Committee.ICommitteeProposals proposals, TextLocator text, IStringLocalizer<ResultsText> r) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public PublishInput Publish { get; set; } = new();

    public Competition Competition { get; private set; } = default!;
    public IReadOnlyList<DecisionCandidate> Candidates { get; private set; } = [];
    public IReadOnlyList<DecisionCandidate> Accepted { get; private set; } = [];
    public CompetitionDecision? Decision { get; private set; }
    public Civitas.Platform.Calendar.DeadlineResult? JustificationPeriod { get; private set; }
    public string? JustificationBasis { get; private set; }

    /// <summary>True when the page shows the result of the publish form (its errors belong to that form).</summary>
    public bool PublishPosted { get; private set; }

    public bool MayRecord => Competition.Status is CompetitionStatus.Evaluation or CompetitionStatus.Decided;

    public sealed class InputModel
    {
        [Display(Name = "ResultsField.DecidedOn")]
        public DateOnly? DecidedOn { get; set; }

        [Display(Name = "ResultsField.SignatoryName")]
        public string? SignatoryName { get; set; }

        [Display(Name = "ResultsField.SignatoryFunction")]
        public string? SignatoryFunction { get; set; }

        public List<LineInput> Lines { get; set; } = [];

        public int? DecisionVersion { get; set; }
    }

    public sealed class LineInput
    {
        public Guid OfferId { get; set; }

        [Display(Name = "Decision.Choice")]
        public bool? Funded { get; set; }

        [Display(Name = "ResultsField.Amount")]
        public decimal? Amount { get; set; }

        [Display(Name = "ResultsField.Reason")]
        public string? Reason { get; set; }
    }

    public sealed class PublishInput
    {
        public bool Confirm { get; set; }

        public int? DecisionVersion { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        var lines = Decision?.Lines.ToDictionary(l => l.OfferId);
        var proposed = await proposals.ProposedAmountsAsync(id, ct);
        Input = new InputModel
        {
            DecidedOn = Decision?.DecidedOn ?? WarsawTime.DateOf(results.Now),
            SignatoryName = Decision?.SignatoryName,
            SignatoryFunction = Decision?.SignatoryFunction,
            DecisionVersion = Decision?.Version,
            // A first decision starts from the committee's proposals (art. 15 ust. 2a: the committee gives its
            // opinion, the organ decides): the chair's amount and "funded" where one was proposed, else the grant
            // requested with no choice made.
            Lines = Accepted.Select(c => lines is not null && lines.TryGetValue(c.OfferId, out var l)
                ? new LineInput { OfferId = c.OfferId, Funded = l.Funded, Amount = l.Amount ?? c.RequestedGrant, Reason = l.Reason }
                : proposed.TryGetValue(c.OfferId, out var amount)
                    ? new LineInput { OfferId = c.OfferId, Funded = true, Amount = amount }
                    : new LineInput { OfferId = c.OfferId, Amount = c.RequestedGrant }).ToList(),
        };
        Publish = new PublishInput { DecisionVersion = Decision?.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        ModelState.Remove("Publish.Confirm");
        ModelState.Remove("Publish.DecisionVersion");
        // Keep what was entered for the offers of this competition, in the page's order.
        var entered = Input.Lines.Where(l => Accepted.Any(c => c.OfferId == l.OfferId)).GroupBy(l => l.OfferId).ToDictionary(g => g.Key, g => g.First());
        Input.Lines = Accepted.Select(c => entered.TryGetValue(c.OfferId, out var l) ? l : new LineInput { OfferId = c.OfferId }).ToList();
        if (!ModelState.IsValid) return Page();
        var input = new DecisionInput(Input.DecidedOn, Input.SignatoryName, Input.SignatoryFunction,
            Input.Lines.Select(l => new DecisionLineInput(l.OfferId, l.Funded, l.Funded == true ? l.Amount : null, l.Reason)).ToList());
        var recorded = await results.RecordAsync(Competition, input, Input.DecisionVersion, ct);
        if (!recorded.Succeeded)
        {
            ModelState.AddErrors(recorded, text, GetType());
            if (await LoadAsync(id, ct) is { } gone) return gone;
            return Page();
        }
        TempData["Status"] = r["Decision.Saved"].Value;
        return Redirect(ResultsUrls.Decision(id));
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        ModelState.Clear();
        PublishPosted = true;
        RefillFromDecision();
        if (!Publish.Confirm)
        {
            ModelState.AddModelError("Publish.Confirm", r["Decision.PublishConfirmRequired"]);
            return Page();
        }
        var published = await results.PublishAsync(Competition, Publish.DecisionVersion, $"{Request.Scheme}://{Request.Host}", ct);
        if (!published.Succeeded)
        {
            ModelState.AddErrors(published, text, GetType(), "Publish");
            if (await LoadAsync(id, ct) is { } gone) return gone;
            RefillFromDecision();
            return Page();
        }
        TempData["Status"] = r["Decision.PublishedStatus"].Value;
        return Redirect(ResultsUrls.Decision(id));
    }

    private void RefillFromDecision()
    {
        var lines = Decision?.Lines.ToDictionary(l => l.OfferId);
        Input = new InputModel
        {
            DecidedOn = Decision?.DecidedOn,
            SignatoryName = Decision?.SignatoryName,
            SignatoryFunction = Decision?.SignatoryFunction,
            DecisionVersion = Decision?.Version,
            Lines = Accepted.Select(c => lines is not null && lines.TryGetValue(c.OfferId, out var l)
                ? new LineInput { OfferId = c.OfferId, Funded = l.Funded, Amount = l.Amount ?? c.RequestedGrant, Reason = l.Reason }
                : new LineInput { OfferId = c.OfferId, Amount = c.RequestedGrant }).ToList(),
        };
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (outcome, competition) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        if (Competition.Status == CompetitionStatus.Draft) return NotFound();
        Candidates = await results.CandidatesAsync(Competition, ct);
        Accepted = Candidates.Where(c => c.Formal == FormalStanding.Accepted).ToList();
        Decision = await results.DecisionAsync(id, tracked: false, ct);
        if (Decision is { IsPublished: true })
        {
            var (days, period) = await results.PeriodAsync(Decision, ct);
            JustificationPeriod = period;
            JustificationBasis = days.LegalBasis;
        }
        return null;
    }

    public string? FieldError(string key) => ModelState.TryGetValue(key, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;
}
