using Civitas.Organisations.Contracts;

namespace Civitas.Bench.Organisations;

internal sealed record GeneratedOrganisation(
    Guid Id, long ListingId, string Name, string Slug, OrganisationLegalForm LegalForm, string? Krs, string? OtherRegisterName, string? OtherRegisterNumber,
    string? Nip, string? Regon, bool IsPublicBenefit, string? Street, string? Building, string PostalCode, string City, double? Latitude, double? Longitude,
    string? Email, string? Website, string Description, DateOnly FoundedOn, int BeneficiaryGroups, IReadOnlyList<string> Spheres,
    string SearchText, string SortName, DateTimeOffset CreatedAt, OrganisationStatus Status, DateTimeOffset ListedAt, int MainSphere, string SearchDocument, string SphereCodes);
