using System.ComponentModel.DataAnnotations;
using Civitas.Organisations.Data;
using Civitas.Organisations.Resources;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Organisations.Pages.Organisations.Member;

/// <summary>"This is my organisation": a request to the JST's officials to act for an organisation in
/// the directory, with an optional document (a KRS extract, a board resolution, an authorisation).</summary>
internal sealed class ClaimModel(OrganisationsDb db, ClaimHandler handler, TextLocator text, IStringLocalizer<OrganisationsText> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Name { get; private set; } = "";
    public Guid OrganisationId { get; private set; }

    public sealed class InputModel
    {
        [Required, StringLength(ClaimHandler.MessageMax)]
        [Display(Name = "Field.ClaimMessage")]
        public string Message { get; set; } = "";

        [Display(Name = "Field.Document")]
        public IFormFile? Document { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        await using var document = Input.Document is { Length: > 0 } file ? file.OpenReadStream() : null;
        var result = await handler.FileAsync(OrganisationId, User.UserId()!.Value, Input.Message, document, Input.Document?.FileName, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType());
            return Page();
        }
        TempData["Status"] = t["Claim.Filed", Name].Value;
        return Redirect("/moje-organizacje");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (!Domain.Slugs.LooksValid(slug)) return false;
        var listing = await db.Listings.AsNoTracking().Where(l => l.Slug == slug && l.Visible).Select(l => new { l.OrganisationId, l.Name }).FirstOrDefaultAsync(ct);
        if (listing is null) return false;
        OrganisationId = listing.OrganisationId;
        Name = listing.Name;
        return true;
    }
}
