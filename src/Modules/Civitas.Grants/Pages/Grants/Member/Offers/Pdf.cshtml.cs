using Civitas.Grants.Domain.Offers;
using Civitas.Platform.Documents;
using Civitas.Platform.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Grants.Pages.Grants.Member.Offers;

/// <summary>The latest submission as PDF, rendered on demand from its immutable snapshot (deterministic;
/// the footer carries the confirmation number and the checksum). Members of the lead offeror and of the partners of a joint offer.</summary>
internal sealed class PdfModel(OfferPageAccess access, OfferWorkflow workflow, IDocumentRenderer documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var (offer, _, role) = await access.FindAsync(id, User.UserId(), ct);
        if (offer is null) return NotFound();
        if (role is null && !await access.IsPartnerMemberAsync(offer, User.UserId(), ct)) return StatusCode(StatusCodes.Status403Forbidden);
        var latest = await workflow.LatestAsync(id, ct);
        if (latest is null) return NotFound();
        return documents.Download(OfferDocument.Build(latest.Snapshot(), latest), DocumentFileFormat.Pdf, $"Oferta {latest.ConfirmationNumber}");
    }
}
