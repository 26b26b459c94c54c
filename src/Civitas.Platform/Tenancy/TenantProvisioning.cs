using Civitas.Platform.Data;
using Civitas.Platform.LegalParameters;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Tenancy;

/// <summary>Creates tenants with everything a new JST needs (its legal parameters), and tops up
/// legal parameters added in later releases for existing tenants.</summary>
internal sealed class TenantProvisioning(PlatformDb db, ITenantContext tenantContext, ITenantStore store, TimeProvider clock)
{
    public async Task<Tenant> CreateAsync(Tenant tenant, IEnumerable<string> hosts, CancellationToken ct)
    {
        tenant.CreatedAt = clock.GetUtcNow();
        foreach (var host in hosts.Select(NormalizeHost).Where(h => h.Length > 0).Distinct())
        {
            tenant.Hosts.Add(new TenantHost { TenantId = tenant.Id, HostName = host });
        }
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(ct);
        await EnsureLegalParametersAsync(TenantStore.ToInfo(tenant), ct);
        store.Invalidate();
        return tenant;
    }

    public async Task EnsureLegalParametersAsync(TenantInfo tenant, CancellationToken ct)
    {
        var previous = tenantContext.Current;
        tenantContext.Set(tenant);
        try
        {
            var existing = await db.LegalParameters.Select(p => p.Key).Distinct().ToListAsync(ct);
            var now = clock.GetUtcNow();
            foreach (var row in LegalParameterSeed.Defaults.Where(d => !existing.Contains(d.Key)))
            {
                db.LegalParameters.Add(new LegalParameter
                {
                    TenantId = tenant.Id,
                    Key = row.Key,
                    Value = row.Value,
                    Unit = row.Unit,
                    DayType = row.DayType,
                    LegalBasis = row.LegalBasis,
                    Unverified = row.Unverified,
                    ValidFrom = new DateOnly(2000, 1, 1),
                    CreatedAt = now,
                });
            }
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            tenantContext.Set(previous);
        }
    }

    public static string NormalizeHost(string host)
    {
        var h = host.Trim().TrimEnd('.').ToLowerInvariant();
        var colon = h.LastIndexOf(':');
        if (colon > 0 && !h.Contains(']', StringComparison.Ordinal)) h = h[..colon];
        return h;
    }
}
