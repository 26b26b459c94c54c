using System.ComponentModel.DataAnnotations;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Resources;
using Civitas.Organisations.Search;
using Civitas.Platform;
using Civitas.Platform.Files;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Civitas.Organisations.Pages.Organisations.Member;

/// <summary>Editors and representatives keep the profile, the area of activity in this JST and the
/// logo. Another organisation's page answers 403; an organisation not in this JST's directory, 404.</summary>
internal sealed class EditProfileModel(
    OrganisationsDb db,
    OrganisationAccess access,
    UpdateProfileHandler handler,
    IFileStore files,
    Geo.Geocoder geocoder,
    DirectoryProjection projection,
    TextLocator text,
    TimeProvider clock,
    IOptions<OrganisationsOptions> options,
    IStringLocalizer<OrganisationsText> t) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public AreaInput Area { get; set; } = new();

    [BindProperty]
    [Display(Name = "Field.Logo")]
    public IFormFile? Logo { get; set; }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public bool HasLogo { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Districts { get; private set; } = [];
    public bool GeocoderConfigured => !string.IsNullOrEmpty(options.Value.GeocoderUrl);

    public sealed class AreaInput
    {
        [Display(Name = "Field.WholeTenant")]
        public bool WholeTenant { get; set; } = true;

        [Display(Name = "Field.Districts")]
        public List<Guid> Districts { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var denied = await AuthorizeAsync(id, ct);
        if (denied is not null) return denied;
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Spheres).FirstAsync(o => o.Id == id, ct);
        Input = ProfileInput.From(organisation.ToProfile());
        Version = organisation.Version;
        var listing = await db.Listings.AsNoTracking().Include(l => l.Districts).FirstAsync(l => l.OrganisationId == id, ct);
        Area = new AreaInput { WholeTenant = listing.WholeTenant, Districts = listing.Districts.Select(d => d.DistrictId).ToList() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var denied = await AuthorizeAsync(id, ct);
        if (denied is not null) return denied;
        ModelState.Remove(nameof(Logo));
        if (!ModelState.IsValid) return Page();
        var profile = Input.ToProfile();
        if (!profile.Succeeded)
        {
            ModelState.AddErrors(profile, text, GetType());
            return Page();
        }
        var result = await handler.HandleAsync(id, Version, profile.Value!, Area.WholeTenant, Area.Districts, ct);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                // Area errors belong to the area fields, the rest to the profile.
                ModelState.AddModelError(e.Field == "Districts" ? "Area.Districts" : e.Field is null ? "" : "Input." + e.Field, text.Message(GetType(), e));
            }
            return Page();
        }
        TempData["Status"] = t["Edit.Saved"].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>Looks the typed address up in the configured geocoder and fills the coordinates;
    /// nothing typed is lost, and a failure is a message next to the coordinates.</summary>
    public async Task<IActionResult> OnPostGeocodeAsync(Guid id, CancellationToken ct)
    {
        var denied = await AuthorizeAsync(id, ct);
        if (denied is not null) return denied;
        ModelState.Clear();
        var found = await geocoder.FindAsync(Input.Street, Input.Building, Input.PostalCode, Input.City, ct);
        if (!found.Succeeded)
        {
            ModelState.AddErrors(found, text, GetType());
            return Page();
        }
        Input.Latitude = found.Value.Latitude.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
        Input.Longitude = found.Value.Longitude.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
        GeocodeMessage = t["Edit.Geocoded"];
        return Page();
    }

    public string? GeocodeMessage { get; private set; }

    public async Task<IActionResult> OnPostLogoAsync(Guid id, CancellationToken ct)
    {
        var denied = await AuthorizeAsync(id, ct);
        if (denied is not null) return denied;
        ModelState.Clear();
        if (Logo is null || Logo.Length == 0)
        {
            ModelState.AddModelError(nameof(Logo), text.Message(GetType(), new Error("Edit.LogoRequired")));
            await ReloadFormAsync(id, ct);
            return Page();
        }
        await using var stream = Logo.OpenReadStream();
        var stored = await files.SaveAsync(new FileUpload(stream, Logo.FileName, OrganisationFiles.Images, OrganisationFiles.Logo, id, true, OrganisationFiles.LogoMaxBytes), ct);
        if (!stored.Succeeded)
        {
            // "Not an image", "too large", "the content is not what the name says": next to the file field.
            foreach (var e in stored.Errors) ModelState.AddModelError(nameof(Logo), text.Message(GetType(), e));
            await ReloadFormAsync(id, ct);
            return Page();
        }
        var organisation = await db.Organisations.Include(o => o.Spheres).FirstAsync(o => o.Id == id, ct);
        organisation.SetLogo(stored.Value!.Id, clock.GetUtcNow());
        await projection.SaveAsync(organisation, ct);
        TempData["Status"] = t["Edit.LogoSaved"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveLogoAsync(Guid id, CancellationToken ct)
    {
        var denied = await AuthorizeAsync(id, ct);
        if (denied is not null) return denied;
        var organisation = await db.Organisations.Include(o => o.Spheres).FirstAsync(o => o.Id == id, ct);
        organisation.SetLogo(null, clock.GetUtcNow());
        await projection.SaveAsync(organisation, ct);
        TempData["Status"] = t["Edit.LogoRemoved"].Value;
        return RedirectToPage(new { id });
    }

    private async Task ReloadFormAsync(Guid id, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Spheres).FirstAsync(o => o.Id == id, ct);
        Input = ProfileInput.From(organisation.ToProfile());
        Version = organisation.Version;
        var listing = await db.Listings.AsNoTracking().Include(l => l.Districts).FirstAsync(l => l.OrganisationId == id, ct);
        Area = new AreaInput { WholeTenant = listing.WholeTenant, Districts = listing.Districts.Select(d => d.DistrictId).ToList() };
    }

    /// <summary>404 when the organisation is not in this JST's directory; 403 for people who may not edit it.</summary>
    private async Task<IActionResult?> AuthorizeAsync(Guid id, CancellationToken ct)
    {
        var listing = await db.Listings.AsNoTracking().Where(l => l.OrganisationId == id).Select(l => new { l.Name, l.Slug }).FirstOrDefaultAsync(ct);
        if (listing is null) return NotFound();
        var role = await access.RoleAsync(User.UserId(), id, ct);
        if (!OrganisationAccess.CanEdit(role)) return StatusCode(StatusCodes.Status403Forbidden);
        Id = id;
        Name = listing.Name;
        Slug = listing.Slug;
        HasLogo = await db.Organisations.AsNoTracking().AnyAsync(o => o.Id == id && o.LogoFileId != null, ct);
        Districts = await db.Districts.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct) is var list
            ? list.Select(d => (d.Id, d.Name)).ToList() : [];
        return null;
    }
}
