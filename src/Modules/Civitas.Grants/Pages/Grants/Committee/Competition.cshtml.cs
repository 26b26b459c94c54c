using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Resources;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Committee;

/// <summary>
/// A member's page of one competition: first the impartiality declaration (art. 15 ust. 2f UDPP with the grounds of
/// KPA art. 24), with no offer content shown before it is signed; then the offers to score with the member's progress,
/// and the form to declare further conflicts (never to withdraw one).
/// </summary>
internal sealed class CompetitionModel(MemberAccess access, CommitteeService committee, TextLocator text, IStringLocalizer<CommitteeText> t) : PageModel
{
    public const int PageSize = 50;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Competition Competition { get; private set; } = default!;
    public CommitteeMember Member { get; private set; } = default!;
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public IReadOnlyList<AcceptedOffer> Offers { get; private set; } = [];
    public IReadOnlyDictionary<Guid, IReadOnlyList<OfferorSnapshot>> Offerors { get; private set; } = new Dictionary<Guid, IReadOnlyList<OfferorSnapshot>>();
    public IReadOnlySet<Guid> Scored { get; private set; } = new HashSet<Guid>();
    public int TotalOffers { get; private set; }
    public PagerModel Pager { get; private set; } = default!;
    public bool OffersKnown { get; private set; }
    public bool OffersOpen { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Field.Conflicts")]
        public List<Guid> Conflicts { get; set; } = [];

        [Display(Name = "Field.Confirm")]
        public bool Confirm { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken ct)
        => await LoadAsync(id, page, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, 1, ct) is { } denied) return denied;
        if (!Input.Confirm) ModelState.AddModelError("Input.Confirm", t["Error.Committee.ConfirmRequired"]);
        if (!ModelState.IsValid) return Page();
        var result = await committee.DeclareAsync(Competition, Member, Input.Conflicts, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType());
            return Page();
        }
        TempData["Status"] = t["Declaration.Saved"].Value;
        return Redirect(CommitteeUrls.Competition(id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, int? page, CancellationToken ct)
    {
        var (outcome, competition, member) = await access.LoadAsync(id, User, ct);
        if (outcome == MemberAccess.Outcome.NotFound) return NotFound();
        if (outcome == MemberAccess.Outcome.NotMember) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        Member = member!;
        OffersKnown = CommitteeService.OffersKnown(Competition);
        Participants = OffersKnown ? await committee.ParticipantsAsync(id, ct) : [];
        OffersOpen = Member.HasSigned && Competition.Status is CompetitionStatus.Evaluation or CompetitionStatus.Decided or CompetitionStatus.ResultsPublished;
        Pager = new PagerModel(Request, 1, 1);
        if (!OffersOpen) return null;
        // No offer content before the declaration: the list below is built only for a member who signed.
        var all = await committee.AcceptedOffersAsync(id, ct);
        TotalOffers = all.Count;
        var (current, pageCount) = PageNumbers.Within(page, all.Count, PageSize);
        Pager = new PagerModel(Request, current, pageCount);
        Offers = all.Skip((current - 1) * PageSize).Take(PageSize).ToList();
        Offerors = await committee.OfferorsAsync(Offers.Select(o => o.OfferId).ToList(), ct);
        Scored = await committee.ScoredOffersAsync(Member.Id, Competition.Criteria.Count, ct);
        return null;
    }

    public bool IsConflicted(Guid offerId) => Offerors.TryGetValue(offerId, out var list) && Member.MayOpen(list.Select(o => o.Id)) == OfferOpening.Conflicted;

    public string Names(Guid offerId) => Offerors.TryGetValue(offerId, out var list) ? string.Join(", ", list.Select(o => o.Name)) : "";

    public string TaskTitle(Guid taskId) => Competition.Tasks.FirstOrDefault(x => x.Id == taskId)?.Title ?? "—";
}
