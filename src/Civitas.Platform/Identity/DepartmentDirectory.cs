using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Identity;

/// <summary>Reads the departments once per request (scope): a tenant has a handful of them, and a
/// department just created by an administrator must be usable at once, so nothing is cached longer.</summary>
internal sealed class DepartmentDirectory(PlatformDb db) : IDepartmentDirectory
{
    private IReadOnlyList<DepartmentInfo>? _all;

    public async Task<IReadOnlyList<DepartmentInfo>> ListAsync(CancellationToken ct = default)
        => _all ??= await db.Departments.AsNoTracking()
            .OrderByDescending(d => d.IsActive).ThenBy(d => d.Name)
            .Select(d => new DepartmentInfo(d.Id, d.Name, d.ShortName, d.Email, d.IsActive))
            .ToListAsync(ct);

    public async Task<DepartmentInfo?> FindAsync(Guid id, CancellationToken ct = default)
        => (await ListAsync(ct)).FirstOrDefault(d => d.Id == id);
}
