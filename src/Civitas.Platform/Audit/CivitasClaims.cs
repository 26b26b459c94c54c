namespace Civitas.Platform.Audit;

/// <summary>Claim types Civitas adds to the principal.</summary>
public static class CivitasClaims
{
    /// <summary>The person's display name.</summary>
    public const string DisplayName = "civitas:name";
    /// <summary>A tenant role held in the current tenant (value: the <c>TenantRole</c> name).</summary>
    public const string TenantRole = "civitas:role";
    /// <summary>Department of an official in the current tenant (value: department id).</summary>
    public const string Department = "civitas:department";
    /// <summary>Present with value "true" for platform administrators.</summary>
    public const string PlatformAdmin = "civitas:platform-admin";
}
