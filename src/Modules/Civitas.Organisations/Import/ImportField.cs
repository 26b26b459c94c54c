namespace Civitas.Organisations.Import;

/// <summary>The fields a CSV column can be mapped to.</summary>
internal enum ImportField
{
    Name,
    ShortName,
    LegalForm,
    Krs,
    OtherRegisterName,
    OtherRegisterNumber,
    Nip,
    Regon,
    PublicBenefit,
    InLiquidation,
    Street,
    Building,
    Unit,
    PostalCode,
    City,
    Commune,
    County,
    Voivodeship,
    Latitude,
    Longitude,
    Email,
    Phone,
    Website,
    Spheres,
    FoundedOn,
    Description,
}
