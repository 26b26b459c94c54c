namespace Civitas.Organisations.Contracts;

/// <summary>Questions other modules ask about organisations. Batched by ids; answers are as seen by
/// the local government of the current request or job.</summary>
public interface IOrganisationDirectory
{
    /// <summary>Summaries of the organisations with these ids (ids that do not exist are left out).</summary>
    Task<IReadOnlyDictionary<Guid, OrganisationSummary>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);

    /// <summary>Eligibility under UDPP art. 3 of each organisation (ids that do not exist are left out).</summary>
    Task<IReadOnlyDictionary<Guid, OrganisationEligibility>> GetEligibilityAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);

    /// <summary>True when the person is a representative of the organisation.</summary>
    Task<bool> IsRepresentativeAsync(Guid personId, Guid organisationId, CancellationToken ct = default);

    /// <summary>True when the person may edit for the organisation (editor or representative).</summary>
    Task<bool> IsEditorAsync(Guid personId, Guid organisationId, CancellationToken ct = default);

    /// <summary>The ids of the persons who represent each of these organisations (role Representative), e.g. to
    /// notify them of a decision about their offer. Organisations without representatives are left out.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetRepresentativesAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken ct = default);

    /// <summary>The organisations the person belongs to, with the role.</summary>
    Task<IReadOnlyList<OrganisationMembership>> GetMembershipsAsync(Guid personId, CancellationToken ct = default);

    /// <summary>What an offer on the 2018 template takes from the registry besides the summary (section II:
    /// correspondence address, e-mail, phone, website) and the organisation's spheres of public tasks, for
    /// the eligibility check and the snapshot made at submission (ids that do not exist are left out).</summary>
    Task<IReadOnlyDictionary<Guid, OfferorData>> GetOfferorDataAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);

    /// <summary>The spheres of public tasks of art. 4 ust. 1 UDPP in force on <paramref name="asOf"/>, in the order of the act.</summary>
    Task<IReadOnlyList<PublicTaskSphere>> GetSpheresAsync(DateOnly asOf, CancellationToken ct = default);

    /// <summary>The organisation with this KRS number (10 digits) or public profile address (the slug of
    /// <c>/organizacje/{slug}</c>), or null. For naming a partner of a joint offer.</summary>
    Task<Guid?> FindAsync(string krsOrSlug, CancellationToken ct = default);
}
