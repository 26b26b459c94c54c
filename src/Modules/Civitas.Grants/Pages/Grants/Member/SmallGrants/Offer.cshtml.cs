using Civitas.Grants.Data;
using Civitas.Grants.Domain.SmallGrants;
using Civitas.Grants.Resources;
using Civitas.Grants.Web;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Member.SmallGrants;

/// <summary>One small-grant offer of the person's organisation: the draft's form (editors save, the
/// representative submits), or the submitted offer with its publication, comment period and decision.
/// An offer of another organisation or another JST is not found.</summary>
internal sealed class OfferModel(
    GrantsDb db,
    IOrganisationDirectory directory,
    SaveSmallGrantOfferHandler save,
    TextLocator textLocator,
    IStringLocalizer<SmallGrantsText> text,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public SmallGrantOfferInput Input { get; set; } = new();

    public SmallGrantFormOptions Options { get; private set; } = default!;
    public SmallGrantOffer Offer { get; private set; } = default!;
    public string OrganisationName { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public int ApprovedComments { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = SmallGrantOfferInput.From(Offer.OrganisationId, Offer.Content());
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) => SaveAsync(id, false, ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => SaveAsync(id, true, ct);

    private async Task<IActionResult> SaveAsync(Guid id, bool submit, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanEdit) return Forbid();
        Input.OrganisationId = Offer.OrganisationId;
        Input.WithRows();
        if (!ModelState.IsValid) return Page();
        var result = await save.HandleAsync(id, Offer.OrganisationId, Input.ToContent(), submit, User.UserId()!.Value, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, textLocator, GetType());
            return Page();
        }
        TempData["Status"] = text[submit ? "SmallGrants.Status.Submitted" : "SmallGrants.Status.DraftSaved"].Value;
        return Redirect(SmallGrantUrls.MyOffer(id));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var offer = await db.SmallGrantOffers.AsNoTracking().Include(o => o.CostLines).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null) return false;
        var userId = User.UserId()!.Value;
        var memberships = await directory.GetMembershipsAsync(userId, ct);
        var membership = memberships.FirstOrDefault(m => m.OrganisationId == offer.OrganisationId);
        // Only members of the offering organisation see its offer here; others learn nothing of it.
        if (membership is null) return false;
        Offer = offer;
        OrganisationName = membership.Name;
        CanEdit = offer.IsDraft && membership.Role is OrganisationMemberRole.Editor or OrganisationMemberRole.Representative;
        Options = await SmallGrantFormOptions.LoadAsync(directory, userId, clock, ct);
        ApprovedComments = await db.SmallGrantComments.CountAsync(c => c.OfferId == id && c.Status == SmallGrantCommentStatus.Approved, ct);
        return true;
    }
}
