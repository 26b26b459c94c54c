namespace Civitas.Platform.Tenancy;

/// <summary>Cached look-up of tenants by host name and id.</summary>
public interface ITenantStore
{
    /// <summary>The tenant serving <paramref name="host"/>, or null when no tenant claims it.</summary>
    Task<TenantInfo?> FindByHostAsync(string host, CancellationToken ct = default);

    /// <summary>The tenant with <paramref name="id"/>, or null.</summary>
    Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken ct = default);

    /// <summary>All active tenants (for background jobs that run per tenant).</summary>
    Task<IReadOnlyList<TenantInfo>> ListActiveAsync(CancellationToken ct = default);

    /// <summary>Forgets cached tenants after a change.</summary>
    void Invalidate();
}
