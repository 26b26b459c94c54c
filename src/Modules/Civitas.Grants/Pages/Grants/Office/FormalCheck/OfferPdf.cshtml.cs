using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Web.Competitions;
using Civitas.Grants.Web.FormalCheck;
using Civitas.Platform.Documents;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Grants.Pages.Grants.Office.FormalCheck;

/// <summary>The latest submitted revision of an offer as PDF for the officials managing the competition
/// (rendered from the immutable snapshot, like the offeror's own copy).</summary>
internal sealed class OfferPdfModel(CompetitionAccess access, FormalCheckService service, IDocumentRenderer documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid offerId, CancellationToken ct)
    {
        var (outcome, _) = await access.LoadAsync(id, User, ct);
        if (outcome == CompetitionAccess.Outcome.NotFound) return NotFound();
        if (outcome == CompetitionAccess.Outcome.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        var detail = await service.FindAsync(id, offerId, ct);
        if (detail is null) return NotFound();
        return documents.Download(OfferDocument.Build(detail.Snapshot, detail.Submission), DocumentFileFormat.Pdf, $"Oferta {detail.Submission.ConfirmationNumber}");
    }
}
