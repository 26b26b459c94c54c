using Civitas.Grants.Data;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>Public comments on published offers (art. 19a ust. 4 UDPP) and their moderation by an official.</summary>
internal sealed class SmallGrantCommentsHandler(GrantsDb db, ITenantContext tenant, IOutputCacheStore cache, TimeProvider clock)
{
    public async Task<Result> PostAsync(Guid offerId, string? authorName, Guid? userId, string? body, CancellationToken ct)
    {
        var offer = await db.SmallGrantOffers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null) return Result.Fail(new Error("SmallGrant.NotFound"));
        var created = SmallGrantComment.Create(offer, authorName, userId, body, clock.GetUtcNow());
        if (!created.Succeeded) return created;
        db.SmallGrantComments.Add(created.Value!);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    public async Task<Result> ModerateAsync(Guid offerId, Guid commentId, bool approve, Actor official, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(official);
        var comment = await db.SmallGrantComments.FirstOrDefaultAsync(c => c.Id == commentId && c.OfferId == offerId, ct);
        if (comment is null) return Result.Fail(new Error("SmallGrant.NotFound"));
        var result = comment.Moderate(approve, official.Name, clock.GetUtcNow());
        if (!result.Succeeded) return result;
        await db.SaveChangesAsync(ct);
        if (approve) await cache.EvictByTagAsync(AnonymousPageCachePolicy.TenantTag(tenant.Require().Id), ct);
        return Result.Ok();
    }
}
