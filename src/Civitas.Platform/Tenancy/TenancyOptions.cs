namespace Civitas.Platform.Tenancy;

/// <summary>Configuration section "Tenancy".</summary>
public sealed class TenancyOptions
{
    /// <summary>When exactly one tenant is active, it answers on every host name.</summary>
    public bool SingleTenantFallback { get; set; } = true;
}
