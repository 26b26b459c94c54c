using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Resources;
using Civitas.Organisations.Contracts;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Member.Offers;

/// <summary>Checks the whole offer (every error with a link to its field) and submits it. Editors see
/// the check; only representatives of the lead offeror submit (art. 14 UDPP; the page says so).</summary>
internal sealed class SummaryModel(OfferPageAccess access, OfferWorkflow workflow, TextLocator text, TimeProvider clock, IStringLocalizer<OffersText> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Display(Name = "Summary.Confirm")]
        public bool Confirm { get; set; }
    }

    public Guid Id { get; private set; }
    public Offer Offer { get; private set; } = null!;
    public OfferRules Rules { get; private set; } = null!;
    public OfferContent Offered { get; private set; } = new();
    public OfferSums Sums { get; private set; } = null!;
    public IReadOnlyList<OfferProblem> Problems { get; private set; } = [];
    public OfferSubmission? Latest { get; private set; }
    public OrganisationMemberRole? Role { get; private set; }
    public bool IsOpen { get; private set; }
    /// <summary>The open formal correction request: the submission will be a correction of the named sections.</summary>
    public Civitas.Grants.Domain.FormalCheck.FormalReview? Correction { get; private set; }
    public DateTime DeadlineLocal => WarsawTime.ToLocal(Rules.OfferDeadline);
    public bool CanSubmit => OfferWorkflow.CanSubmit(Role);

    public string Message(OfferProblem p) => text.Message(GetType(), p.Error);

    /// <summary>The address of the field a problem belongs to.</summary>
    public string Link(OfferProblem p)
    {
        var prefix = EditModel.Prefix(p.Section);
        var anchor = p.Error.Field is { } f && prefix.Length > 0 ? "#" + FieldIds.InputId(prefix + "." + f) : "";
        return $"/oferty/{Id}?sekcja={p.Section.Code()}&sprawdz=1{anchor}";
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        return denied ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        // art. 13 ust. 2 pkt 5 UDPP: what counts is when the offer reached the office, not when the server
        // finished checking it.
        var receivedAt = clock.GetUtcNow();
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        if (!CanSubmit) return StatusCode(StatusCodes.Status403Forbidden);
        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", text.Message(GetType(), new Error("Offer.ConfirmRequired")));
            return Page();
        }
        var result = await workflow.SubmitAsync(id, User.UserId()!.Value, ct, receivedAt);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType());
            return Page();
        }
        TempData["Status"] = t["Summary.Submitted", result.Value!.ConfirmationNumber].Value;
        return Redirect($"/oferty/{id}/potwierdzenie");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (offer, rules, role) = await access.FindAsync(id, User.UserId(), ct);
        if (offer is null || rules is null) return NotFound();
        if (!OfferWorkflow.CanEdit(role)) return StatusCode(StatusCodes.Status403Forbidden);
        Id = id;
        Offer = offer;
        Rules = rules;
        Role = role;
        var now = clock.GetUtcNow();
        IsOpen = rules.IsOpenAt(now);
        if (!IsOpen && offer.Status == OfferStatus.Submitted)
        {
            Correction = await workflow.OpenCorrectionAsync(offer, now, ct);
            IsOpen = Correction is not null;
        }
        (Offered, _) = await workflow.LoadAsync(id, ct);
        Sums = OfferCalculation.Compute(Offered, OfferValidator.OfferorIds(offer.LeadOrganisationId, Offered));
        Problems = await workflow.ValidateAsync(offer, rules, Offered, ct);
        Latest = await workflow.LatestAsync(id, ct);
        return null;
    }
}
