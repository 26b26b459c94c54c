using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Civitas.Platform.LegalParameters;

internal sealed class LegalParameters(PlatformDb db, ITenantContext tenant, IMemoryCache cache) : ILegalParameters
{
    public static string CacheKey(Guid tenantId) => $"legal-parameters:{tenantId}";

    public async Task<LegalValue> GetAsync(string key, DateOnly asOf, CancellationToken ct = default)
    {
        var tenantId = tenant.Require().Id;
        var all = await cache.GetOrCreateAsync(CacheKey(tenantId), async e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            return await db.LegalParameters.AsNoTracking().ToListAsync(ct);
        }) ?? [];
        var row = all.Where(p => p.Key == key && p.ValidFrom <= asOf && (p.ValidTo == null || p.ValidTo >= asOf))
            .OrderByDescending(p => p.ValidFrom).FirstOrDefault()
            ?? throw new InvalidOperationException($"Legal parameter '{key}' has no version in force on {asOf:yyyy-MM-dd}.");
        return new LegalValue(row.Key, row.Value, row.Unit, row.DayType, row.LegalBasis, row.Unverified);
    }
}
