using Civitas.Grants.Data;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Pages.Grants.Member.Offers;

/// <summary>Finds an offer of the current local government with the person's role in its lead
/// offeror. Null offer: not here (404). The role decides the rest (403 for non-members).</summary>
internal sealed class OfferPageAccess(GrantsDb db, OfferWorkflow workflow, IOfferRulesSource rules, IOrganisationDirectory directory)
{
    public async Task<(Offer? Offer, OfferRules? Rules, OrganisationMemberRole? Role)> FindAsync(Guid offerId, Guid? personId, CancellationToken ct)
    {
        var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null) return (null, null, null);
        var role = await workflow.RoleAsync(offer.LeadOrganisationId, personId, ct);
        return (offer, await rules.GetAsync(offer.CompetitionId, offer.TaskId, ct), role);
    }

    /// <summary>
    /// Whether the person belongs to a partner of the joint offer (art. 14 ust. 2 UDPP): named in the offer's
    /// section II or among the offerors of its latest submission. Partners read the offer; only the lead's
    /// editors and representatives change, submit or withdraw it.
    /// </summary>
    public async Task<bool> IsPartnerMemberAsync(Offer offer, Guid? personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (personId is not { } id) return false;
        var memberships = await directory.GetMembershipsAsync(id, ct);
        if (memberships.Count == 0) return false;
        var partners = await PartnersAsync(offer, ct);
        return memberships.Any(m => partners.Contains(m.OrganisationId));
    }

    private async Task<HashSet<Guid>> PartnersAsync(Offer offer, CancellationToken ct)
    {
        var code = OfferSectionKey.Offerors.Code();
        var json = await db.OfferSections.AsNoTracking().Where(s => s.OfferId == offer.Id && s.Key == code).Select(s => s.Json).FirstOrDefaultAsync(ct);
        var partners = new HashSet<Guid>(json is null ? [] : OfferJson.Read<OfferorsSection>(json).Partners);
        var latest = await workflow.LatestAsync(offer.Id, ct);
        if (latest is not null) partners.UnionWith(latest.Snapshot().Offerors.Where(o => !o.Lead).Select(o => o.Id));
        partners.Remove(offer.LeadOrganisationId);
        return partners;
    }
}
