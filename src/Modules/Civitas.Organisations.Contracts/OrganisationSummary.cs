namespace Civitas.Organisations.Contracts;

/// <summary>What another module needs to know about an organisation, as seen by the current local
/// government. Snapshot what the law freezes "as of" a moment; do not keep this object.</summary>
/// <param name="Id">Global organisation id.</param>
/// <param name="Name">Full name.</param>
/// <param name="ShortName">Short name, if any.</param>
/// <param name="Slug">Address of the public profile: <c>/organizacje/{Slug}</c>.</param>
/// <param name="LegalForm">Legal form.</param>
/// <param name="Eligibility">Eligibility under UDPP art. 3, derived from the legal form.</param>
/// <param name="Krs">KRS number (10 digits), if registered in KRS.</param>
/// <param name="OtherRegister">Name and number of another register, if not in KRS.</param>
/// <param name="Nip">NIP (10 digits), if any.</param>
/// <param name="Regon">REGON (9 or 14 digits), if any.</param>
/// <param name="IsPublicBenefit">Holds public-benefit status (OPP).</param>
/// <param name="InLiquidation">The register shows a liquidation or dissolution.</param>
/// <param name="RegisteredAddress">Seat address in one line.</param>
/// <param name="Status">Standing in the current local government's directory.</param>
/// <param name="CanTakePartInCompetitions">Eligible, verified here, not suspended, not in liquidation.</param>
public sealed record OrganisationSummary(
    Guid Id,
    string Name,
    string? ShortName,
    string Slug,
    OrganisationLegalForm LegalForm,
    OrganisationEligibility Eligibility,
    string? Krs,
    string? OtherRegister,
    string? Nip,
    string? Regon,
    bool IsPublicBenefit,
    bool InLiquidation,
    string RegisteredAddress,
    OrganisationStatus Status,
    bool CanTakePartInCompetitions);
