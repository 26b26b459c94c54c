namespace Civitas.Platform.Tenancy;

/// <summary>The tenant of the current request or background job.</summary>
public interface ITenantContext
{
    /// <summary>The current tenant, or null outside any tenant (platform background work).</summary>
    TenantInfo? Current { get; }

    /// <summary>Current tenant id or null.</summary>
    Guid? TenantId => Current?.Id;

    /// <summary>The current tenant; throws when none is set (a bug: tenant pages run only inside a tenant).</summary>
    TenantInfo Require() => Current ?? throw new InvalidOperationException("No tenant in this scope.");

    /// <summary>Runs the rest of the scope as the given tenant (background jobs, seeding).</summary>
    void Set(TenantInfo? tenant);
}
