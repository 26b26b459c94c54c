namespace Civitas.Grants.Domain.Offers;

/// <summary>An offeror's registry data frozen at submission (section II.1; ARCHITECTURE.md §2 rule 6).</summary>
internal sealed record OfferorSnapshot(
    Guid Id,
    bool Lead,
    string Name,
    string LegalForm,
    string? Krs,
    string? OtherRegister,
    string RegisteredAddress,
    string? CorrespondenceAddress,
    string? Email,
    string? Phone,
    string? Website);
