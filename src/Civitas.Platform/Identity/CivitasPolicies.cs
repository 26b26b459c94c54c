namespace Civitas.Platform.Identity;

/// <summary>Authorization policy names shared by all modules.</summary>
public static class CivitasPolicies
{
    /// <summary>Any signed-in person (resident).</summary>
    public const string Resident = "resident";
    /// <summary>An official of the current tenant, signed in with two-factor authentication.</summary>
    public const string Official = "official";
    /// <summary>An administrator of the current tenant, signed in with two-factor authentication.</summary>
    public const string TenantAdmin = "tenant-admin";
    /// <summary>A platform administrator, signed in with two-factor authentication.</summary>
    public const string PlatformAdmin = "platform-admin";
}
