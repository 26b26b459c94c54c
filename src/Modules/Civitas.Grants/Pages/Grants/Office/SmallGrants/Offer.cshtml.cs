using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.SmallGrants;
using Civitas.Grants.Resources;
using Civitas.Grants.Web;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Civitas.Publishing.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Office.SmallGrants;

/// <summary>A received small-grant offer for the office (folder policy: Official): the full text, publication
/// with redactions (art. 19a ust. 3 UDPP), moderation of comments (ust. 4) and the decision after the
/// comment period. Another JST's offer is not found (tenant filter).</summary>
internal sealed class OfferModel(
    GrantsDb db,
    PublishSmallGrantOfferHandler publish,
    SmallGrantCommentsHandler comments,
    DecideSmallGrantOfferHandler decide,
    IActorContext actor,
    TextLocator textLocator,
    IStringLocalizer<SmallGrantsText> text,
    TimeProvider clock) : PageModel
{
    internal sealed record CommentRow(Guid Id, string? AuthorName, string Body, DateTimeOffset SubmittedAt, SmallGrantCommentStatus Status, string? ModeratedBy);

    [BindProperty]
    public PublishInput Publish { get; set; } = new();

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    public SmallGrantOffer Offer { get; private set; } = default!;
    public IReadOnlyList<CommentRow> Comments { get; private set; } = [];
    public IReadOnlyList<PublicationRedaction> Redactions { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public DateOnly Today { get; private set; }

    public bool CanDecide => Offer.Status == SmallGrantOfferStatus.Published && Offer.CommentsUntil is { } until && Now >= until;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Publish = new PublishInput { RedactContact = true, PublishedDescription = Offer.Description, PublishedResults = Offer.ExpectedResults };
        Decision = new DecisionInput { Grant = true, Amount = Offer.GrantAmount };
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await publish.HandleAsync(id, new PublishSmallGrantOfferHandler.Request(Publish.RedactContact, Publish.PublishedDescription, Publish.PublishedResults), actor.Current, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, textLocator, GetType(), nameof(Publish));
            return Page();
        }
        TempData["Status"] = text["SmallGrants.Status.Published"].Value;
        return Redirect(SmallGrantUrls.OfficeOffer(id));
    }

    public async Task<IActionResult> OnPostModerateAsync(Guid id, Guid commentId, bool approve, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = await comments.ModerateAsync(id, commentId, approve, actor.Current, ct);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "SmallGrant.NotFound")) return NotFound();
            // Another official moderated it a moment ago: say so and show the current state.
            TempData["Status"] = textLocator.Message(GetType(), result.Errors[0]);
            return Redirect(SmallGrantUrls.OfficeOffer(id) + "#comments");
        }
        TempData["Status"] = text[approve ? "SmallGrants.Status.CommentApproved" : "SmallGrants.Status.CommentRejected"].Value;
        return Redirect(SmallGrantUrls.OfficeOffer(id) + "#comments");
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await decide.HandleAsync(id, Decision.Grant, Decision.Amount, Decision.Reason, actor.Current, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, textLocator, GetType(), nameof(Decision));
            return Page();
        }
        TempData["Status"] = text["SmallGrants.Status.Decided"].Value;
        return Redirect(SmallGrantUrls.OfficeOffer(id));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var offer = await db.SmallGrantOffers.AsNoTracking().Include(o => o.CostLines)
            .FirstOrDefaultAsync(o => o.Id == id && o.Status != SmallGrantOfferStatus.Draft, ct);
        if (offer is null) return false;
        Offer = offer;
        Now = clock.GetUtcNow();
        Today = WarsawTime.DateOf(Now);
        Comments = await db.SmallGrantComments.AsNoTracking().Where(c => c.OfferId == id).OrderBy(c => c.SubmittedAt)
            .Select(c => new CommentRow(c.Id, c.AuthorName, c.Body, c.SubmittedAt, c.Status, c.ModeratedByName)).ToListAsync(ct);
        Redactions = offer.RedactionsJson is null ? [] : JsonSerializer.Deserialize<List<PublicationRedaction>>(offer.RedactionsJson) ?? [];
        return true;
    }

    public sealed class PublishInput
    {
        [Display(Name = "SmallGrants.Field.RedactContact")]
        public bool RedactContact { get; set; }

        [StringLength(SmallGrantRules.TextMax)]
        [Display(Name = "SmallGrants.Field.PublishedDescription")]
        public string? PublishedDescription { get; set; }

        [StringLength(SmallGrantRules.TextMax)]
        [Display(Name = "SmallGrants.Field.PublishedResults")]
        public string? PublishedResults { get; set; }
    }

    public sealed class DecisionInput
    {
        [Display(Name = "SmallGrants.Field.Decision")]
        public bool Grant { get; set; }

        [Range(typeof(decimal), "-999999999", "999999999")]
        [Display(Name = "SmallGrants.Field.Amount")]
        public decimal? Amount { get; set; }

        [StringLength(SmallGrantRules.ReasonMax)]
        [Display(Name = "SmallGrants.Field.Reason")]
        public string? Reason { get; set; }
    }
}
