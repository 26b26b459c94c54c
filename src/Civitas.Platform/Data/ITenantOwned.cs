namespace Civitas.Platform.Data;

/// <summary>A row that belongs to one JST (tenant). The base model conventions add a query filter
/// that hides rows of other tenants and stamp <see cref="TenantId"/> on insert.</summary>
public interface ITenantOwned
{
    /// <summary>The tenant that owns the row.</summary>
    Guid TenantId { get; set; }
}
