using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Pages.Admin.Departments;

/// <summary>Department names are unique within a tenant, whatever the letter case ("Wydział Kultury"
/// and "wydział kultury" are one department). The unique index catches exact duplicates that race
/// past this check.</summary>
internal static class DepartmentNames
{
    public static async Task<bool> TakenAsync(PlatformDb db, string name, Guid? except, CancellationToken ct)
    {
        // A JST has tens of departments: compare in memory with Polish-aware case folding, which
        // SQLite's lower() (ASCII only) cannot do.
        var names = await db.Departments.AsNoTracking().Where(d => d.Id != except).Select(d => d.Name).ToListAsync(ct);
        var wanted = name.Trim();
        return names.Any(n => string.Equals(n.Trim(), wanted, StringComparison.CurrentCultureIgnoreCase));
    }
}
