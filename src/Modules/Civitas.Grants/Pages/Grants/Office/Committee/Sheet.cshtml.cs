using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Resources;
using Civitas.Grants.Web.Competitions;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Office.Committee;

/// <summary>
/// The evaluation sheet: averages of the voting members per criterion, the ranking per task, minimums not met,
/// experts apart, and the amounts the committee proposes against the task's funds. Open to the officials of the
/// competition's department and to the committee's chair, who need not be an official — so the page lifts the
/// folder's Official policy and checks both cases itself.
/// </summary>
[AllowAnonymous]
internal sealed class SheetModel(CompetitionAccess access, CommitteeService committee, TextLocator text, IStringLocalizer<CommitteeText> t) : PageModel
{
    public const int PageSize = 100;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Competition Competition { get; private set; } = default!;
    /// <summary>Every task with the number of its accepted offers (the navigation between tasks).</summary>
    public IReadOnlyList<(CompetitionTask Task, int Offers)> Tasks { get; private set; } = [];
    public TaskSheet? Current { get; private set; }
    public IReadOnlyList<SheetRow> Rows { get; private set; } = [];
    public IReadOnlyList<SheetCriterion> Criteria { get; private set; } = [];
    public IReadOnlyDictionary<Guid, IReadOnlyList<OfferorSnapshot>> Offerors { get; private set; } = new Dictionary<Guid, IReadOnlyList<OfferorSnapshot>>();
    public PagerModel Pager { get; private set; } = default!;
    public bool Editable { get; private set; }
    public bool AsChair { get; private set; }

    public sealed class InputModel
    {
        public List<AmountInput> Amounts { get; set; } = [];
    }

    public sealed class AmountInput
    {
        public Guid OfferId { get; set; }

        [Display(Name = "Field.Proposed")]
        public decimal? Amount { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "zadanie")] Guid? zadanie, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (await LoadAsync(id, zadanie, page, ct) is { } denied) return denied;
        Input = new InputModel { Amounts = Rows.Select(r => new AmountInput { OfferId = r.Offer.OfferId, Amount = r.Proposed }).ToList() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromQuery(Name = "zadanie")] Guid? zadanie, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (await LoadAsync(id, zadanie, page, ct) is { } denied) return denied;
        if (Current is null || !Editable) return NotFound();
        var posted = Input.Amounts.Select(a => (a.OfferId, a.Amount)).ToList();
        // The form is rendered by row position; keep one entry per row whatever was posted.
        Input.Amounts = Rows.Select(r => Input.Amounts.FirstOrDefault(a => a.OfferId == r.Offer.OfferId) ?? new AmountInput { OfferId = r.Offer.OfferId, Amount = r.Proposed }).ToList();
        if (!ModelState.IsValid) return Page();
        var result = await committee.SaveProposalsAsync(Competition, Current.Task.Id, posted, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType());
            return Page();
        }
        TempData["Status"] = t["Sheet.Saved"].Value;
        return Redirect(Pager.UrlFor(Pager.Page));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid? taskId, int? requestedPage, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var (outcome, competition) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden)
        {
            // The chair may see the sheet and propose amounts without being an official of the department.
            var member = User.UserId() is { } me ? await committee.MembershipAsync(id, me, ct) : null;
            if (member is not { IsChair: true }) return StatusCode(StatusCodes.Status403Forbidden);
            competition = await committee.CompetitionAsync(id, ct);
            if (competition is null) return NotFound();
            AsChair = true;
        }
        Competition = competition!;
        if (Competition.Status is not (CompetitionStatus.Evaluation or CompetitionStatus.Decided or CompetitionStatus.ResultsPublished))
        {
            Tasks = [];
            Pager = new PagerModel(Request, 1, 1);
            return null;
        }
        var closed = await committee.IsClosedAsync(id, ct);
        // Only the shown task's sheet is built: the ranking and the funds left are per task.
        var shown = Competition.Tasks.OrderBy(t => t.Order).FirstOrDefault(t => t.Id == taskId) ?? Competition.Tasks.OrderBy(t => t.Order).FirstOrDefault();
        var counts = (IReadOnlyDictionary<Guid, int>)new Dictionary<Guid, int>();
        if (shown is not null) (counts, Current) = await committee.SheetViewAsync(Competition, shown.Id, closed, ct);
        Tasks = Competition.Tasks.OrderBy(t => t.Order).Select(t => (t, counts.GetValueOrDefault(t.Id))).ToList();
        Criteria = Competition.Criteria.OrderBy(c => c.Order).Select(c => new SheetCriterion(c.Id, c.Name, c.MaxPoints, c.MinPoints)).ToList();
        var all = Current?.Rows ?? [];
        var (page, pageCount) = PageNumbers.Within(requestedPage, all.Count, PageSize);
        Pager = new PagerModel(Request, page, pageCount);
        Rows = all.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        Offerors = await committee.SheetOfferorsAsync(Competition, Rows.Select(r => r.Offer.OfferId).ToList(), ct);
        Editable = Competition.Status == CompetitionStatus.Evaluation && !closed;
        return null;
    }

    public string OfferorNames(Guid offerId) => Offerors.TryGetValue(offerId, out var list) ? string.Join(", ", list.Select(o => o.Name)) : "";
}
