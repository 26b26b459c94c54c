namespace Civitas.Platform.Tenancy;

/// <summary>A host name under which a tenant's portal answers (lower-case, no port).</summary>
public sealed class TenantHost
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public string HostName { get; set; } = "";
}
