namespace Civitas.Organisations.Contracts;

/// <summary>An organisation's data that an offer (Dz.U. 2018 poz. 2057, annex 1, section II) takes from the
/// registry in addition to <see cref="OrganisationSummary"/>. Snapshot it at submission; do not keep this object.</summary>
/// <param name="Id">Global organisation id.</param>
/// <param name="CorrespondenceAddress">Address for correspondence when it differs from the seat, if given.</param>
/// <param name="Email">E-mail address, if given.</param>
/// <param name="Phone">Telephone number, if given.</param>
/// <param name="Website">Website address, if given.</param>
/// <param name="SphereCodes">Spheres of public tasks (art. 4 ust. 1 UDPP) the organisation works in, e.g. "16", "1a".</param>
public sealed record OfferorData(
    Guid Id,
    string? CorrespondenceAddress,
    string? Email,
    string? Phone,
    string? Website,
    IReadOnlyList<string> SphereCodes);
