using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Resources;
using Civitas.Platform.Documents;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Committee;

/// <summary>
/// A member reads an accepted offer (its latest submission, rendered from the snapshot like the offer PDF) and scores
/// it per criterion with a justification. Not signed: sent to the declaration. Conflicted with an offeror: 403 with
/// the reason, nothing of the offer shown. Every opening is written to the audit log.
/// </summary>
internal sealed class OfferModel(MemberAccess access, CommitteeService committee, IDocumentRenderer documents, TextLocator text,
    IStringLocalizer<CommitteeText> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Competition Competition { get; private set; } = default!;
    public CommitteeMember Member { get; private set; } = default!;
    public CommitteeOfferDetail? Detail { get; private set; }
    public IReadOnlyList<CompetitionCriterion> Criteria { get; private set; } = [];
    public IHtmlContent? Document { get; private set; }
    public bool Conflicted { get; private set; }
    public bool Editable { get; private set; }

    public sealed class InputModel
    {
        public List<ScoreField> Scores { get; set; } = [];
    }

    public sealed class ScoreField
    {
        public Guid CriterionId { get; set; }

        public int? Version { get; set; }

        [Display(Name = "Field.Points")]
        public decimal? Points { get; set; }

        [Display(Name = "Field.Justification")]
        public string? Justification { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid offerId, CancellationToken ct)
    {
        if (await LoadAsync(id, offerId, ct) is { } stop) return stop;
        await committee.RecordOpeningAsync(Member, Detail!, ct);
        var mine = await committee.ScoresAsync(Member.Id, offerId, ct);
        Input = new InputModel
        {
            Scores = Criteria.Select(c => mine.FirstOrDefault(s => s.CriterionId == c.Id) is { } s
                ? new ScoreField { CriterionId = c.Id, Version = s.Version, Points = s.Points, Justification = s.Justification }
                : new ScoreField { CriterionId = c.Id }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid offerId, CancellationToken ct)
    {
        if (await LoadAsync(id, offerId, ct) is { } stop) return stop;
        // One entry per criterion in the announcement's order, whatever was posted.
        Input.Scores = Criteria.Select(c => Input.Scores.FirstOrDefault(s => s.CriterionId == c.Id) ?? new ScoreField { CriterionId = c.Id }).ToList();
        if (!Editable) return Page();
        if (!ModelState.IsValid) return Page();
        var inputs = Input.Scores.Select(s => new ScoreInput(s.CriterionId, s.Points, s.Justification)).ToList();
        var versions = Input.Scores.Where(s => s.Version is not null).ToDictionary(s => s.CriterionId, s => s.Version!.Value);
        var result = await committee.SaveScoresAsync(Competition, Member, Detail!, inputs, versions, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType());
            return Page();
        }
        TempData["Status"] = t["Score.Saved", Detail!.Offer.ConfirmationNumber].Value;
        return Redirect(CommitteeUrls.Competition(id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid offerId, CancellationToken ct)
    {
        var (outcome, competition, member) = await access.LoadAsync(id, User, ct);
        if (outcome == MemberAccess.Outcome.NotFound) return NotFound();
        if (outcome == MemberAccess.Outcome.NotMember) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        Member = member!;
        // art. 15 ust. 2f UDPP: no offer before the impartiality declaration — and nothing is read from it yet.
        if (!Member.HasSigned) return Redirect(CommitteeUrls.Competition(id));
        if (Competition.Status is not (CompetitionStatus.Evaluation or CompetitionStatus.Decided or CompetitionStatus.ResultsPublished)) return Redirect(CommitteeUrls.Competition(id));
        var detail = await committee.AcceptedOfferAsync(id, offerId, ct);
        if (detail is null) return NotFound();
        if (Member.MayOpen(detail.OfferorIds) == OfferOpening.Conflicted)
        {
            // KPA art. 24 (art. 15 ust. 2f UDPP): a member who declared a conflict with an offeror neither reads nor scores the offer.
            Conflicted = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        Detail = detail;
        Criteria = Competition.Criteria.OrderBy(c => c.Order).ToList();
        Document = documents.RenderHtml(OfferDocument.Build(detail.Snapshot, detail.Submission), new HtmlRenderOptions(TitleLevel: 2));
        Editable = Competition.Status == CompetitionStatus.Evaluation && !await committee.IsClosedAsync(id, ct);
        return null;
    }
}
