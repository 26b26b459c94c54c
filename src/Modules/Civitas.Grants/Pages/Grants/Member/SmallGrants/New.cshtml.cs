using Civitas.Grants.Domain.SmallGrants;
using Civitas.Grants.Resources;
using Civitas.Grants.Web;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Member.SmallGrants;

/// <summary>A new simplified offer (art. 19a UDPP) for an organisation where the person is an editor or a
/// representative (folder policy: Resident; the membership is checked by the handler). Editors save drafts;
/// only a representative submits.</summary>
internal sealed class NewModel(
    IOrganisationDirectory directory,
    SaveSmallGrantOfferHandler save,
    TextLocator textLocator,
    IStringLocalizer<SmallGrantsText> text,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public SmallGrantOfferInput Input { get; set; } = new();

    public SmallGrantFormOptions Options { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid? organisationId, CancellationToken ct)
    {
        Options = await SmallGrantFormOptions.LoadAsync(directory, User.UserId()!.Value, clock, ct);
        Input = new SmallGrantOfferInput
        {
            OrganisationId = organisationId is { } chosen && Options.Organisations.Any(o => o.OrganisationId == chosen) ? chosen
                : Options.Organisations.Count == 1 ? Options.Organisations[0].OrganisationId : null,
        }.WithRows();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => SaveAsync(false, ct);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => SaveAsync(true, ct);

    private async Task<IActionResult> SaveAsync(bool submit, CancellationToken ct)
    {
        var userId = User.UserId()!.Value;
        Options = await SmallGrantFormOptions.LoadAsync(directory, userId, clock, ct);
        Input.WithRows();
        if (!ModelState.IsValid) return Page();
        var result = await save.HandleAsync(null, Input.OrganisationId ?? Guid.Empty, Input.ToContent(), submit, userId, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, textLocator, GetType());
            return Page();
        }
        TempData["Status"] = text[submit ? "SmallGrants.Status.Submitted" : "SmallGrants.Status.DraftSaved"].Value;
        return Redirect(SmallGrantUrls.MyOffer(result.Value));
    }
}
