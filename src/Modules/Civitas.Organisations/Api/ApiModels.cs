using Civitas.Organisations.Contracts;

namespace Civitas.Organisations.Api;

/// <summary>An organisation in a list of the open-data API.</summary>
internal sealed record ApiOrganisationItem(Guid Id, string Slug, string Name, string City, OrganisationLegalForm LegalForm,
    OrganisationEligibility Eligibility, bool IsPublicBenefit, OrganisationStatus Status, IReadOnlyList<string> Spheres, string Url);

/// <summary>One page of organisations with the total count: exact up to 1 000, beyond that 1 000 with
/// <see cref="TotalIsExact"/> false (follow <see cref="HasMore"/> to page on). <see cref="SortedNewest"/>:
/// a search with more than 1 000 matches comes newest first whatever the sort asked for
/// (docs/adr/0005-organisation-search.md).</summary>
internal sealed record ApiOrganisationPage(IReadOnlyList<ApiOrganisationItem> Items, int Total, bool TotalIsExact, bool HasMore, int Page, int PageSize, bool SortedNewest);

/// <summary>An organisation's public profile in the open-data API.</summary>
internal sealed record ApiOrganisationDetail(
    Guid Id, string Slug, string Name, string? ShortName, OrganisationLegalForm LegalForm, OrganisationEligibility Eligibility,
    string? Krs, string? OtherRegister, string? Nip, string? Regon, bool IsPublicBenefit, bool InLiquidation, OrganisationStatus Status,
    ApiAddress RegisteredAddress, string? CorrespondenceAddress, double? Latitude, double? Longitude,
    string? Email, string? Phone, string? Website, string? Description, DateOnly? FoundedOn,
    IReadOnlyList<string> Spheres, IReadOnlyList<string> BeneficiaryGroups, bool ActiveInWholeArea, IReadOnlyList<string> Districts,
    string Url, DateTimeOffset UpdatedAt);

/// <summary>A postal address.</summary>
internal sealed record ApiAddress(string? Street, string? Building, string? Unit, string? PostalCode, string City, string? Commune, string? County, string? Voivodeship);

/// <summary>What a map marker's pop-up shows.</summary>
internal sealed record ApiMapPoint(string Name, string City, string Url, bool Verified);
