using System.Text.Json;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.SmallGrants;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Web;
using Civitas.Publishing.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Pages.Grants.Public.SmallGrants;

/// <summary>A published small-grant offer in its redacted version with the approved comments, for anyone.
/// Cached for anonymous readers, so it carries no form: the comment form has its own uncached page. An
/// offer not published (yet), of another JST, or whose publication period ended is not shown here (the
/// register's archive keeps it).</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class DetailsModel(GrantsDb db, IOrganisationDirectory directory, IPublicationDirectory publications, TimeProvider clock) : PageModel
{
    internal sealed record CommentRow(string? AuthorName, string Body, DateTimeOffset SubmittedAt);

    public SmallGrantOffer Offer { get; private set; } = default!;
    public IReadOnlyList<CommentRow> Comments { get; private set; } = [];
    public IReadOnlyList<PublicationRedaction> Redactions { get; private set; } = [];
    public bool CommentsOpen { get; private set; }
    public string? SphereName { get; private set; }
    public string? RegisterUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var offer = await db.SmallGrantOffers.AsNoTracking().Include(o => o.CostLines).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null || !offer.IsVisibleAt(now)) return NotFound();
        Offer = offer;
        CommentsOpen = offer.AcceptsCommentsAt(now);
        Comments = await db.SmallGrantComments.AsNoTracking().Where(c => c.OfferId == id && c.Status == SmallGrantCommentStatus.Approved)
            .OrderBy(c => c.SubmittedAt).Select(c => new CommentRow(c.AuthorName, c.Body, c.SubmittedAt)).ToListAsync(ct);
        Redactions = offer.RedactionsJson is null ? [] : JsonSerializer.Deserialize<List<PublicationRedaction>>(offer.RedactionsJson) ?? [];
        var english = Civitas.Platform.Localization.CivitasCultures.IsEnglish;
        SphereName = (await directory.GetSpheresAsync(WarsawTime.DateOf(now), ct)).Where(s => s.Code == offer.SphereCode)
            .Select(s => english ? s.NameEnglish : s.NamePolish).FirstOrDefault();
        var key = SmallGrantPublicationText.SourceKey(id);
        RegisterUrl = (await publications.FindAsync(GrantsDb.ModuleName, [key], ct)).GetValueOrDefault(key)?.Url;
        return Page();
    }
}
