namespace Civitas.Grants.Contracts;

/// <summary>Event: the results of an open competition or a small-grant decision awarded a grant to an
/// organisation (the programme report, the quality index and the organisation profile count these).</summary>
/// <param name="TenantId">Local government that awarded the grant.</param>
/// <param name="OrganisationId">Lead offeror.</param>
/// <param name="SourceId">Competition or small-grant offer id.</param>
/// <param name="OfferId">Offer id.</param>
/// <param name="Title">Title of the public task.</param>
/// <param name="SphereCode">Sphere of public tasks (art. 4 ust. 1 UDPP), e.g. "16".</param>
/// <param name="Amount">Grant in PLN.</param>
/// <param name="Year">Budget year.</param>
/// <param name="SmallGrant">True for the art. 19a mode.</param>
/// <param name="PartnerOrganisationIds">The other offerors of a joint offer (null or empty for a single offeror).</param>
public sealed record GrantAwarded(Guid TenantId, Guid OrganisationId, Guid SourceId, Guid OfferId, string Title, string SphereCode, decimal Amount, int Year, bool SmallGrant,
    IReadOnlyList<Guid>? PartnerOrganisationIds = null);
