namespace Civitas.Platform.Tenancy;

/// <summary>Type of a gmina (TERYT's 7th digit distinguishes these).</summary>
public enum MunicipalityType
{
    /// <summary>Gmina miejska.</summary>
    Urban = 1,
    /// <summary>Gmina wiejska.</summary>
    Rural = 2,
    /// <summary>Gmina miejsko-wiejska.</summary>
    UrbanRural = 3,
}
