using Civitas.Grants.Data;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Pages.Grants.Member.Offers;

/// <summary>Finds an offer of the current local government with the person's role in its lead
/// offeror. Null offer: not here (404). The role decides the rest (403 for non-members).</summary>
internal sealed class OfferPageAccess(GrantsDb db, OfferWorkflow workflow, IOfferRulesSource rules)
{
    public async Task<(Offer? Offer, OfferRules? Rules, OrganisationMemberRole? Role)> FindAsync(Guid offerId, Guid? personId, CancellationToken ct)
    {
        var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null) return (null, null, null);
        var role = await workflow.RoleAsync(offer.LeadOrganisationId, personId, ct);
        return (offer, await rules.GetAsync(offer.CompetitionId, offer.TaskId, ct), role);
    }
}
