using System.Linq.Expressions;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Identity;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Pages.Grants.Member.Offers;

/// <summary>The offers of the organisations the person belongs to, in this local government, newest first: as
/// lead offeror (edited according to the role) and as a partner of a joint offer (art. 14 ust. 2 UDPP; read-only,
/// marked "partner").</summary>
internal sealed class MineModel(GrantsDb db, IOrganisationDirectory directory) : PageModel
{
    private const int PageSize = 20;

    public sealed record Row(Guid Id, string Organisation, string CompetitionNumber, string? Title, OfferStatus Status, int Revision, string? ConfirmationNumber,
        DateTimeOffset? SubmittedAt, bool CanEdit, bool Partner);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public PagerModel? Pager { get; private set; }
    public bool HasOrganisations { get; private set; }

    public async Task<IActionResult> OnGetAsync(int strona = 1, CancellationToken ct = default)
    {
        var memberships = await directory.GetMembershipsAsync(User.UserId()!.Value, ct);
        HasOrganisations = memberships.Count > 0;
        var ids = memberships.Select(m => m.OrganisationId).ToList();
        var partnerOf = await PartnerOffersAsync(ids, ct);
        var partnerIds = partnerOf.Keys.ToList();
        var query = db.Offers.AsNoTracking().Where(o => ids.Contains(o.LeadOrganisationId) || partnerIds.Contains(o.Id));
        var count = await query.CountAsync(ct);
        (strona, var pages) = PageNumbers.Within(strona, count, PageSize);
        var offers = await query.OrderByDescending(o => o.CreatedAt).Skip((strona - 1) * PageSize).Take(PageSize)
            .Select(o => new
            {
                o.Id, o.LeadOrganisationId, o.CompetitionId, o.Status, o.LatestRevision, o.SubmittedAt,
                Title = db.OfferSections.Where(s => s.OfferId == o.Id && s.Key == "III").Select(s => s.Json).FirstOrDefault(),
                Number = db.Competitions.Where(c => c.Id == o.CompetitionId).Select(c => c.Number).FirstOrDefault(),
                Confirmation = db.OfferSubmissions.Where(s => s.OfferId == o.Id && s.Revision == o.LatestRevision).Select(s => s.ConfirmationNumber).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var names = memberships.GroupBy(m => m.OrganisationId).ToDictionary(g => g.Key, g => g.MaxBy(m => m.Role)!);
        Rows = offers.Select(o =>
        {
            // A member of the lead offeror acts on the offer; otherwise the person sees it as a partner's member.
            var lead = names.TryGetValue(o.LeadOrganisationId, out var l) ? l : null;
            var organisation = lead ?? names[partnerOf[o.Id]];
            return new Row(o.Id, organisation.Name, o.Number ?? "", o.Title is null ? null : OfferJson.Read<TaskSection>(o.Title).Title,
                o.Status, o.LatestRevision, o.Confirmation, o.SubmittedAt, lead is not null && OfferWorkflow.CanEdit(lead.Role), lead is null);
        }).ToList();
        Pager = pages > 1 ? new PagerModel(Request, strona, pages) : null;
        return Page();
    }

    /// <summary>
    /// Offers naming one of <paramref name="organisations"/> as a partner in section II, with that organisation.
    /// The database narrows the sections by the ids' text (a GUID in section II is only ever a partner's id); the
    /// JSON of the few matches is then read to be sure.
    /// </summary>
    private async Task<Dictionary<Guid, Guid>> PartnerOffersAsync(IReadOnlyList<Guid> organisations, CancellationToken ct)
    {
        if (organisations.Count == 0) return [];
        var section = Expression.Parameter(typeof(OfferSection), "s");
        var json = Expression.Property(section, nameof(OfferSection.Json));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression? any = null;
        foreach (var id in organisations.Distinct())
        {
            // OfferJson writes a Guid in its "D" form.
            Expression one = Expression.Call(json, contains, Expression.Constant(id.ToString("D")));
            any = any is null ? one : Expression.OrElse(any, one);
        }
        var code = OfferSectionKey.Offerors.Code();
        var candidates = await db.OfferSections.AsNoTracking().Where(s => s.Key == code)
            .Where(Expression.Lambda<Func<OfferSection, bool>>(any!, section))
            .Select(s => new { s.OfferId, s.Json }).ToListAsync(ct);
        var result = new Dictionary<Guid, Guid>();
        foreach (var c in candidates)
        {
            var partner = OfferJson.Read<OfferorsSection>(c.Json).Partners.FirstOrDefault(p => organisations.Contains(p));
            if (partner != Guid.Empty) result[c.OfferId] = partner;
        }
        return result;
    }
}
