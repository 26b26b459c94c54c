namespace Civitas.Platform.Identity;

/// <summary>Roles held within one tenant. Resident is implicit (any signed-in person);
/// organisation and committee roles belong to their modules.</summary>
public enum TenantRole
{
    /// <summary>Urzędnik: an official of a department.</summary>
    Official = 1,
    /// <summary>Administrator of the JST's portal.</summary>
    TenantAdmin = 2,
}
