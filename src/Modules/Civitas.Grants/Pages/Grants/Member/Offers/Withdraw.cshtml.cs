using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Resources;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Member.Offers;

/// <summary>Withdrawal of a submitted offer before the deadline, by a representative of the lead offeror.</summary>
internal sealed class WithdrawModel(OfferPageAccess access, OfferWorkflow workflow, TextLocator text, TimeProvider clock, IStringLocalizer<OffersText> t) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public Guid Id { get; private set; }
    public Offer Offer { get; private set; } = null!;
    public OfferSubmission? Latest { get; private set; }
    public bool IsOpen { get; private set; }
    public DateTime DeadlineLocal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        Version = Offer.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        var result = await workflow.WithdrawAsync(id, Version, User.UserId()!.Value, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType());
            return Page();
        }
        TempData["Status"] = t["Withdraw.Done"].Value;
        return Redirect($"/oferty/{id}/potwierdzenie");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (offer, rules, role) = await access.FindAsync(id, User.UserId(), ct);
        if (offer is null || rules is null) return NotFound();
        if (!OfferWorkflow.CanSubmit(role)) return StatusCode(StatusCodes.Status403Forbidden);
        Id = id;
        Offer = offer;
        IsOpen = rules.IsOpenAt(clock.GetUtcNow());
        DeadlineLocal = WarsawTime.ToLocal(rules.OfferDeadline);
        Latest = await workflow.LatestAsync(id, ct);
        return null;
    }
}
