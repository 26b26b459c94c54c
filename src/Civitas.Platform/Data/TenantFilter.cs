namespace Civitas.Platform.Data;

/// <summary>The name of the tenant query filter, for the rare query that must cross tenants
/// (background dispatch, platform administration): <c>IgnoreQueryFilters([TenantFilter.Name])</c>.</summary>
public static class TenantFilter
{
    /// <summary>Filter key.</summary>
    public const string Name = "tenant";
}
