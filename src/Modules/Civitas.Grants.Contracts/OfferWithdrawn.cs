namespace Civitas.Grants.Contracts;

/// <summary>Event: a representative of the lead offeror withdrew a submitted offer before the deadline.</summary>
/// <param name="TenantId">Local government the offer was addressed to.</param>
/// <param name="OfferId">Offer.</param>
/// <param name="CompetitionId">Competition.</param>
/// <param name="LeadOrganisationId">Lead offeror.</param>
/// <param name="WithdrawnAt">When (UTC).</param>
/// <param name="WithdrawnBy">Person who withdrew it.</param>
public sealed record OfferWithdrawn(Guid TenantId, Guid OfferId, Guid CompetitionId, Guid LeadOrganisationId, DateTimeOffset WithdrawnAt, Guid WithdrawnBy);
