namespace Civitas.Platform.Data;

/// <summary>A DbContext whose tenant query filter reads the current tenant from the context instance.</summary>
public interface ITenantScopedDb
{
    /// <summary>The tenant whose rows the filter lets through; null lets none through.</summary>
    Guid? CurrentTenantId { get; }
}
