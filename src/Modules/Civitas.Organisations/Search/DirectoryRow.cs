using Civitas.Organisations.Contracts;

namespace Civitas.Organisations.Search;

/// <summary>One organisation in a directory list.</summary>
internal sealed record DirectoryRow(long ListingId, Guid OrganisationId, string Slug, string Name, string City,
    OrganisationLegalForm LegalForm, bool IsPublicBenefit, OrganisationStatus Status, int MainSphere, string SphereCodes)
{
    public IReadOnlyList<string> Spheres => SphereCodes.Length == 0 ? [] : SphereCodes.Split(';');
}
