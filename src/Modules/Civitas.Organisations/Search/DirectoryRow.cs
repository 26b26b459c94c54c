using Civitas.Organisations.Contracts;

namespace Civitas.Organisations.Search;

/// <summary>One organisation in a directory list.</summary>
internal sealed record DirectoryRow(long ListingId, Guid OrganisationId, string Slug, string Name, string City,
    OrganisationLegalForm LegalForm, bool IsPublicBenefit, OrganisationStatus Status, int MainSphere)
{
    public IReadOnlyList<string> Spheres { get; init; } = [];
}
