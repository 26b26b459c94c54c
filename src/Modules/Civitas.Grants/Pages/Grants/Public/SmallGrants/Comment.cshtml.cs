using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.SmallGrants;
using Civitas.Grants.Resources;
using Civitas.Grants.Web;
using Civitas.Platform;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Public.SmallGrants;

/// <summary>The comment form of a published offer (art. 19a ust. 4 UDPP: anyone, during the comment period),
/// on its own uncached page, rate-limited like every public form. Comments wait for moderation.</summary>
[EnableRateLimiting(PlatformModule.PublicFormRateLimit)]
internal sealed class CommentModel(
    GrantsDb db,
    SmallGrantCommentsHandler comments,
    TextLocator textLocator,
    IStringLocalizer<SmallGrantsText> text,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string OfferTitle { get; private set; } = "";
    public bool Open { get; private set; }
    public DateTimeOffset CommentsUntil { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await comments.PostAsync(id, Input.AuthorName, User.UserId(), Input.Body, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, textLocator, GetType());
            await LoadAsync(id, ct);
            return Page();
        }
        TempData["Status"] = text["SmallGrants.Status.CommentReceived"].Value;
        return Redirect(SmallGrantUrls.Comment(id));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var offer = await db.SmallGrantOffers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null || !offer.IsVisibleAt(now)) return false;
        Id = id;
        OfferTitle = offer.Title;
        Open = offer.AcceptsCommentsAt(now);
        CommentsUntil = offer.CommentsUntil!.Value;
        return true;
    }

    public sealed class InputModel
    {
        [StringLength(SmallGrantRules.CommentNameMax)]
        [Display(Name = "SmallGrants.Field.AuthorName")]
        public string? AuthorName { get; set; }

        [StringLength(SmallGrantRules.CommentMax)]
        [Display(Name = "SmallGrants.Field.Body")]
        public string? Body { get; set; }
    }
}
