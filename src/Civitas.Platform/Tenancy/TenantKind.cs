namespace Civitas.Platform.Tenancy;

/// <summary>Kind of local government unit (JST).</summary>
public enum TenantKind
{
    /// <summary>Gmina (municipality): miejska, miejsko-wiejska or wiejska.</summary>
    Municipality = 1,
    /// <summary>Miasto na prawach powiatu (city with county rights).</summary>
    CityWithCountyRights = 2,
    /// <summary>Powiat (county).</summary>
    County = 3,
    /// <summary>Województwo (voivodeship).</summary>
    Voivodeship = 4,
}
