using Civitas.Grants.Data;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>What the annual caps of art. 19a UDPP count: the grants of the current JST in this mode in a
/// year, requested (submitted or published, not yet decided) or awarded; refused offers and drafts do
/// not count. The cap is per granting JST ("przyznanych przez organ wykonawczy"), so the tenant filter is
/// exactly the scope of the law.</summary>
internal static class SmallGrantTotals
{
    public static async Task<(decimal Organisation, decimal Tenant)> OthersAsync(GrantsDb db, int year, Guid organisationId, Guid exceptOfferId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Summed in memory: SQLite has no decimal SUM, and a year holds at most a few hundred rows.
        var rows = await db.SmallGrantOffers.AsNoTracking()
            .Where(o => o.Year == year && o.Id != exceptOfferId
                && (o.Status == SmallGrantOfferStatus.Submitted || o.Status == SmallGrantOfferStatus.Published || o.Status == SmallGrantOfferStatus.Granted))
            .Select(o => new { o.OrganisationId, o.Status, o.GrantAmount, o.GrantedAmount })
            .ToListAsync(ct);
        decimal Amount(SmallGrantOfferStatus status, decimal? requested, decimal? granted) => status == SmallGrantOfferStatus.Granted ? granted ?? 0 : requested ?? 0;
        return (rows.Where(r => r.OrganisationId == organisationId).Sum(r => Amount(r.Status, r.GrantAmount, r.GrantedAmount)),
            rows.Sum(r => Amount(r.Status, r.GrantAmount, r.GrantedAmount)));
    }
}
