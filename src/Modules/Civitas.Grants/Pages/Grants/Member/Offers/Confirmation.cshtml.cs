using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Grants.Pages.Grants.Member.Offers;

/// <summary>The confirmation of the latest submission (number, checksum, PDF) for every member of the
/// lead offeror and, read-only, for the members of the partners of a joint offer.</summary>
internal sealed class ConfirmationModel(OfferPageAccess access, OfferWorkflow workflow, TimeProvider clock) : PageModel
{
    public Guid Id { get; private set; }
    public Offer Offer { get; private set; } = null!;
    public OfferSubmission? Latest { get; private set; }
    public OfferSnapshot? Snapshot { get; private set; }
    public OrganisationMemberRole? Role { get; private set; }
    /// <summary>The person belongs only to a partner of the joint offer: they read, the lead offeror acts.</summary>
    public bool IsPartner { get; private set; }
    public bool IsOpen { get; private set; }
    /// <summary>The office's formal correction request for the offer (open or past its deadline), or null.</summary>
    public Civitas.Grants.Domain.FormalCheck.FormalReview? Correction { get; private set; }
    public bool CorrectionOpen { get; private set; }
    public DateTime DeadlineLocal { get; private set; }
    public DateTime? SubmittedLocal => Latest is null ? null : WarsawTime.ToLocal(Latest.SubmittedAt);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        return denied ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (offer, rules, role) = await access.FindAsync(id, User.UserId(), ct);
        if (offer is null || rules is null) return NotFound();
        // Every member of the lead offeror (viewers too) may read what was submitted; so may the partners' members.
        if (role is null)
        {
            if (!await access.IsPartnerMemberAsync(offer, User.UserId(), ct)) return StatusCode(StatusCodes.Status403Forbidden);
            IsPartner = true;
        }
        Id = id;
        Offer = offer;
        Role = role;
        IsOpen = rules.IsOpenAt(clock.GetUtcNow());
        DeadlineLocal = WarsawTime.ToLocal(rules.OfferDeadline);
        Latest = await workflow.LatestAsync(id, ct);
        Snapshot = Latest?.Snapshot();
        Correction = await workflow.CorrectionRequestAsync(offer, ct);
        CorrectionOpen = Correction?.AllowsCorrectionAt(clock.GetUtcNow()) == true;
        return null;
    }
}
