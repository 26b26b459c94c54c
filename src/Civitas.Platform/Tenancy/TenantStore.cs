using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Civitas.Platform.Tenancy;

internal sealed class TenantStore(IServiceScopeFactory scopes, IOptions<TenancyOptions> options, TimeProvider clock) : ITenantStore
{
    private volatile Snapshot? _snapshot;

    public async Task<TenantInfo?> FindByHostAsync(string host, CancellationToken ct = default)
    {
        var snapshot = await GetAsync(ct);
        var key = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (snapshot.ByHost.TryGetValue(key, out var tenant)) return tenant;
        // A single-tenant installation answers on any host name without set-up (ARCHITECTURE.md §4).
        return options.Value.SingleTenantFallback && snapshot.Active.Count == 1 ? snapshot.Active[0] : null;
    }

    public async Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken ct = default)
    {
        var snapshot = await GetAsync(ct);
        return snapshot.ById.GetValueOrDefault(id);
    }

    public async Task<IReadOnlyList<TenantInfo>> ListActiveAsync(CancellationToken ct = default) => (await GetAsync(ct)).Active;

    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> GetAsync(CancellationToken ct)
    {
        var current = _snapshot;
        if (current is not null && current.LoadedAt + TimeSpan.FromMinutes(5) > clock.GetUtcNow()) return current;

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var tenants = await db.Tenants.AsNoTracking().Include(t => t.Hosts).ToListAsync(ct);
        var infos = tenants.Select(t => (t, info: ToInfo(t))).ToList();
        var snapshot = new Snapshot(
            clock.GetUtcNow(),
            infos.Where(x => x.t.IsActive).SelectMany(x => x.t.Hosts.Select(h => (h.HostName, x.info)))
                .ToDictionary(x => x.HostName, x => x.info, StringComparer.OrdinalIgnoreCase),
            infos.ToDictionary(x => x.info.Id, x => x.info),
            infos.Where(x => x.t.IsActive).Select(x => x.info).ToList());
        _snapshot = snapshot;
        return snapshot;
    }

    internal static TenantInfo ToInfo(Tenant t) => new(t.Id, t.Slug, t.Name, t.Kind, t.MunicipalityType, t.TerytCode,
        t.BipUrl, t.WebsiteUrl, t.Email, t.Phone, t.LogoFileId, t.PrimaryColor, t.AccentColor,
        t.MoveDeadlinesOffNonWorkingDays, t.Version);

    private sealed record Snapshot(
        DateTimeOffset LoadedAt,
        Dictionary<string, TenantInfo> ByHost,
        Dictionary<Guid, TenantInfo> ById,
        List<TenantInfo> Active);
}
