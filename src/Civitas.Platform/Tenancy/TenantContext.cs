namespace Civitas.Platform.Tenancy;

internal sealed class TenantContext : ITenantContext
{
    public TenantInfo? Current { get; private set; }

    public void Set(TenantInfo? tenant) => Current = tenant;
}
