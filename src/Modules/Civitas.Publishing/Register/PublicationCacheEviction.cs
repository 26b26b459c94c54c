using Civitas.Platform.Web;
using Microsoft.AspNetCore.OutputCaching;

namespace Civitas.Publishing.Register;

/// <summary>Drops a tenant's cached anonymous pages after its register changed, so the public list,
/// the entry pages and the feed show the change at once (docs/adr/0004).</summary>
internal sealed class PublicationCacheEviction(IOutputCacheStore store)
{
    public ValueTask EvictAsync(Guid tenantId, CancellationToken ct) => store.EvictByTagAsync(AnonymousPageCachePolicy.TenantTag(tenantId), ct);
}
