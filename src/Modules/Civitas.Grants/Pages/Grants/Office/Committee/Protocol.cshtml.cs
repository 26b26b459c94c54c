using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Pages.Grants.Committee;
using Civitas.Grants.Resources;
using Civitas.Grants.Web.Competitions;
using Civitas.Platform.Documents;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Office.Committee;

/// <summary>The committee's meeting (date, place, attendance, the vote, remarks; closing it freezes the scores and
/// proposals) and its protocol as a page, PDF and DOCX.</summary>
internal sealed class ProtocolModel(CompetitionAccess access, CommitteeService committee, IDocumentRenderer documents, TextLocator text,
    IStringLocalizer<CommitteeText> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Competition Competition { get; private set; } = default!;
    public IReadOnlyList<CommitteeMember> Members { get; private set; } = [];
    public CommitteeMeeting? Meeting { get; private set; }
    public IHtmlContent? Document { get; private set; }
    public bool Editable { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Field.HeldOn")]
        public DateOnly? HeldOn { get; set; }

        [Display(Name = "Field.Place")]
        public string? Place { get; set; }

        [Display(Name = "Field.Present")]
        public List<Guid> Present { get; set; } = [];

        [Display(Name = "Field.VotesFor")]
        public int? VotesFor { get; set; }

        [Display(Name = "Field.VotesAgainst")]
        public int? VotesAgainst { get; set; }

        [Display(Name = "Field.VotesAbstaining")]
        public int? VotesAbstaining { get; set; }

        [Display(Name = "Field.Remarks")]
        public string? Remarks { get; set; }

        public int? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        var m = Meeting;
        Input = new InputModel
        {
            HeldOn = m?.HeldOn,
            Place = m?.Place,
            Present = m?.Present.ToList() ?? [],
            VotesFor = m?.VotesFor,
            VotesAgainst = m?.VotesAgainst,
            VotesAbstaining = m?.VotesAbstaining,
            Remarks = m?.Remarks,
            Version = m?.Version,
        };
        Document = documents.RenderHtml(ProtocolDocument.Build(await committee.ProtocolAsync(Competition, ct)), new HtmlRenderOptions(TitleLevel: 2));
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) => SaveAsync(id, close: false, ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) => SaveAsync(id, close: true, ct);

    public Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct) => DownloadAsync(id, DocumentFileFormat.Pdf, ct);

    public Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct) => DownloadAsync(id, DocumentFileFormat.Docx, ct);

    private async Task<IActionResult> DownloadAsync(Guid id, DocumentFileFormat format, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (Competition.Status is not (CompetitionStatus.Evaluation or CompetitionStatus.Decided or CompetitionStatus.ResultsPublished)) return NotFound();
        var data = await committee.ProtocolAsync(Competition, ct);
        return documents.Download(ProtocolDocument.Build(data), format, $"Protokół komisji {Competition.Number}");
    }

    private async Task<IActionResult> SaveAsync(Guid id, bool close, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (ModelState.IsValid)
        {
            var result = await committee.RecordMeetingAsync(Competition, Input.HeldOn, Input.Place, Input.Present, Input.VotesFor, Input.VotesAgainst,
                Input.VotesAbstaining, Input.Remarks, Input.Version, close, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = (close ? t["Protocol.Closed"] : t["Protocol.Saved"]).Value;
                return Redirect(CommitteeUrls.Protocol(id));
            }
            ModelState.AddErrors(result, text, GetType());
            Meeting = await committee.MeetingAsync(id, ct);
        }
        Document = documents.RenderHtml(ProtocolDocument.Build(await committee.ProtocolAsync(Competition, ct)), new HtmlRenderOptions(TitleLevel: 2));
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (outcome, competition) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Competition = competition!;
        Members = await committee.MembersAsync(id, ct);
        Meeting = await committee.MeetingAsync(id, ct);
        Editable = Competition.Status == CompetitionStatus.Evaluation && Meeting?.IsClosed != true;
        return null;
    }
}
