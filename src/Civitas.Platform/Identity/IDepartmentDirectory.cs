namespace Civitas.Platform.Identity;

/// <summary>The departments (wydziały, biura) of the current tenant, for modules whose records belong
/// to a department (a competition is managed by one department's officials) and must show its name.</summary>
public interface IDepartmentDirectory
{
    /// <summary>Every department of the current tenant, active ones first, by name. Cached briefly.</summary>
    Task<IReadOnlyList<DepartmentInfo>> ListAsync(CancellationToken ct = default);

    /// <summary>The department with <paramref name="id"/> in the current tenant, or null (also for another tenant's).</summary>
    Task<DepartmentInfo?> FindAsync(Guid id, CancellationToken ct = default);
}
