using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Resources;
using Civitas.Grants.Web.Competitions;
using Civitas.Grants.Web.FormalCheck;
using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Localization;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Office.FormalCheck;

/// <summary>The formal check of one offer's latest revision: a result per checklist item, the outcome,
/// the reasons and, for a correction, the sections the offeror may edit and the deadline.</summary>
internal sealed class ReviewModel(CompetitionAccess access, FormalCheckService service, ITenantContext tenant, TimeProvider clock,
    TextLocator text, IStringLocalizer<FormalCheckText> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Competition Competition { get; private set; } = default!;
    public FormalOfferDetail Detail { get; private set; } = default!;
    public LegalValue CorrectionDays { get; private set; } = default!;
    /// <summary>The deadline a correction requested today would get.</summary>
    public DeadlineResult CorrectionIfToday { get; private set; } = default!;
    public IReadOnlyList<ChecklistItem> Items { get; private set; } = [];
    public IReadOnlyList<OfferSectionKey> Sections { get; private set; } = [];

    public sealed class InputModel
    {
        public List<ItemInput> Items { get; set; } = [];

        [Display(Name = "FormalField.Outcome")]
        public FormalOutcome? Outcome { get; set; }

        [Display(Name = "FormalField.Reasons")]
        public string? Reasons { get; set; }

        [Display(Name = "FormalField.Sections")]
        public List<OfferSectionKey> Sections { get; set; } = [];

        public int? ReviewVersion { get; set; }
    }

    public sealed class ItemInput
    {
        public Guid Id { get; set; }
        public bool? Met { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid offerId, CancellationToken ct)
    {
        if (await LoadAsync(id, offerId, ct) is { } denied) return denied;
        var review = Detail.Review;
        var results = review?.Items.ToDictionary(i => i.ItemId, i => i.Met) ?? new Dictionary<Guid, bool>();
        Input = new InputModel
        {
            Items = Items.Select(i => new ItemInput { Id = i.Id, Met = results.TryGetValue(i.Id, out var m) ? m : null }).ToList(),
            Outcome = review?.Outcome,
            Reasons = review?.Reasons,
            Sections = review?.Sections.ToList() ?? [],
            ReviewVersion = review?.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid offerId, CancellationToken ct)
    {
        if (await LoadAsync(id, offerId, ct) is { } denied) return denied;
        if (!ModelState.IsValid) return Page();
        var answers = new Dictionary<Guid, bool?>();
        foreach (var item in Input.Items) answers[item.Id] = item.Met;
        var input = new FormalReviewInput(answers, Input.Outcome, Input.Reasons, Input.Sections.Where(k => Sections.Contains(k)).ToList());
        var recorded = await service.RecordAsync(Competition, Detail, input, Input.ReviewVersion, ct);
        if (!recorded.Succeeded)
        {
            ModelState.AddErrors(recorded, text, GetType());
            return Page();
        }
        TempData["Status"] = t["Review.Saved", Detail.Submission.ConfirmationNumber].Value;
        return Redirect(FormalCheckUrls.Offers(id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid offerId, CancellationToken ct)
    {
        var (outcome, competition) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        var detail = await service.FindAsync(id, offerId, ct);
        if (detail is null) return NotFound();
        Detail = detail;
        Items = Competition.ChecklistItems.OrderBy(i => i.Order).ToList();
        var joint = detail.Snapshot.Offerors.Count > 1;
        Sections = OfferSectionKeys.All.Where(k => k.AppliesTo(joint)).ToList();
        CorrectionDays = await service.CorrectionDaysAsync(ct);
        CorrectionIfToday = FormalReview.CorrectionDeadline(WarsawTime.DateOf(clock.GetUtcNow()), CorrectionDays, tenant.Require().MoveDeadlinesOffNonWorkingDays);
        return null;
    }

    public bool? MetAt(int index) => index < Input.Items.Count ? Input.Items[index].Met : null;
}
