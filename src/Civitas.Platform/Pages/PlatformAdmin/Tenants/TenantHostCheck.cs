using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Pages.PlatformAdmin.Tenants;

/// <summary>A host name answers for one tenant only (a unique index guards it; this finds the owner to name it).</summary>
internal static class TenantHostCheck
{
    public static async Task<IReadOnlyList<(string Host, string Tenant)>> TakenAsync(PlatformDb db, IReadOnlyList<string> hosts, Guid? exceptTenant, CancellationToken ct)
    {
        var list = hosts.ToList();
        var taken = await (from h in db.TenantHosts.AsNoTracking()
                           join t in db.Tenants.AsNoTracking() on h.TenantId equals t.Id
                           where list.Contains(h.HostName) && h.TenantId != exceptTenant
                           select new { h.HostName, t.Name }).ToListAsync(ct);
        return [.. taken.Select(x => (x.HostName, x.Name))];
    }
}
