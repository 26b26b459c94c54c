namespace Civitas.Grants.Contracts;

/// <summary>Event: an organisation submitted an offer (or a corrected revision of it) in an open
/// competition before the deadline. The latest revision supersedes the earlier ones.</summary>
/// <param name="TenantId">Local government the offer is addressed to.</param>
/// <param name="OfferId">Offer.</param>
/// <param name="CompetitionId">Competition.</param>
/// <param name="TaskId">Task of the competition.</param>
/// <param name="LeadOrganisationId">Lead offeror.</param>
/// <param name="PartnerOrganisationIds">Other offerors of a joint offer (empty for a single offer).</param>
/// <param name="Revision">Revision number, 1 for the first submission.</param>
/// <param name="ConfirmationNumber">Confirmation number shown to the offeror ("OF-2026-7K3M-9Q2X").</param>
/// <param name="Checksum">SHA-256 (hex) of the submitted content.</param>
/// <param name="RequestedGrant">Grant requested, PLN.</param>
/// <param name="TotalCost">Total cost of the task, PLN.</param>
/// <param name="SubmittedAt">When (UTC).</param>
/// <param name="SubmittedBy">Person who submitted it (a representative of the lead offeror).</param>
public sealed record OfferSubmitted(
    Guid TenantId,
    Guid OfferId,
    Guid CompetitionId,
    Guid TaskId,
    Guid LeadOrganisationId,
    IReadOnlyList<Guid> PartnerOrganisationIds,
    int Revision,
    string ConfirmationNumber,
    string Checksum,
    decimal RequestedGrant,
    decimal TotalCost,
    DateTimeOffset SubmittedAt,
    Guid SubmittedBy);
