using Civitas.Organisations.Krs;
using Civitas.Organisations.Resources;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Organisations.Pages.Organisations.Member;

/// <summary>Registers an organisation; the KRS button fills the form from the register and the person
/// goes on by hand whatever the register answers (folder policy: Resident).</summary>
internal sealed class RegisterModel(RegisterOrganisationHandler handler, KrsClient krs, TextLocator text, IStringLocalizer<OrganisationsText> t) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public string? KrsMessage { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>"Fill from KRS": a second submit button of the same form, so nothing typed is lost.</summary>
    public async Task<IActionResult> OnPostLookupAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var extract = await krs.GetCurrentExtractAsync(Input.Krs, ct);
        if (!extract.Succeeded)
        {
            ModelState.AddErrors(extract, text, GetType());
            return Page();
        }
        Input.FillFrom(extract.Value!);
        KrsMessage = extract.Value!.StateAsOf is { } asOf
            ? t["Register.KrsFilled", asOf.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]
            : t["Register.KrsFilledNoDate"];
        if (extract.Value.InLiquidation || extract.Value.Dissolved) KrsMessage += " " + t["Register.KrsLiquidation"];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var profile = Input.ToProfile();
        if (!profile.Succeeded)
        {
            ModelState.AddErrors(profile, text, GetType());
            return Page();
        }
        var result = await handler.HandleAsync(profile.Value!, User.UserId()!.Value, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType());
            return Page();
        }
        var (organisation, outcome) = result.Value;
        switch (outcome)
        {
            case RegistrationOutcome.ListedForClaim:
                TempData["Status"] = t["Register.ExistsClaim", organisation.Name].Value;
                return Redirect($"/organizacje/{organisation.Slug}/przejmij");
            case RegistrationOutcome.AddedToDirectory:
                TempData["Status"] = t["Register.AddedToDirectory", organisation.Name].Value;
                return Redirect("/moje-organizacje");
            default:
                TempData["Status"] = t["Register.Created", organisation.Name].Value;
                return Redirect($"/moje-organizacje/{organisation.Id}/profil");
        }
    }
}
