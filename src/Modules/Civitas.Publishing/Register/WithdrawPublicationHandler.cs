using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Tenancy;
using Civitas.Publishing.Data;
using Civitas.Publishing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Publishing.Register;

/// <summary>Takes an entry down from the public register (it stays in the archive with the reason). Used
/// by the office page and by <c>PublicationWithdrawalRequested</c>; the change is audited (the entry is
/// <c>IAudited</c>) and the tenant's cached pages are evicted.</summary>
internal sealed class WithdrawPublicationHandler(PublishingDb db, ITenantContext tenant, TimeProvider clock, PublicationCacheEviction cache)
{
    /// <summary>Withdraws the entry <paramref name="publicationId"/> of the current tenant. Errors:
    /// <c>Publication.NotFound</c>, <c>Publication.AlreadyWithdrawn</c>, <c>Publication.WithdrawalReasonRequired</c>,
    /// <c>Publication.WithdrawalReasonTooLong</c>, <c>Publication.ConcurrencyConflict</c>.</summary>
    public async Task<Result> HandleAsync(Guid publicationId, string? reason, Actor by, string? byFunction, DateTimeOffset? at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(by);
        var publication = await db.Publications.FirstOrDefaultAsync(p => p.Id == publicationId, ct);
        if (publication is null) return Result.Fail(new Error("Publication.NotFound"));
        return await WithdrawAsync(publication, reason, by, byFunction, at ?? clock.GetUtcNow(), ct);
    }

    /// <summary>Withdraws the entry published by <paramref name="sourceModule"/> under <paramref name="sourceKey"/>.</summary>
    public async Task<Result> HandleAsync(string sourceModule, string sourceKey, string? reason, Actor by, string? byFunction, DateTimeOffset? at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(by);
        var module = sourceModule.Trim();
        var key = sourceKey.Trim();
        var publication = await db.Publications.FirstOrDefaultAsync(p => p.SourceModule == module && p.SourceKey == key, ct);
        if (publication is null) return Result.Fail(new Error("Publication.NotFound"));
        return await WithdrawAsync(publication, reason, by, byFunction, at ?? clock.GetUtcNow(), ct);
    }

    private async Task<Result> WithdrawAsync(Publication publication, string? reason, Actor by, string? byFunction, DateTimeOffset at, CancellationToken ct)
    {
        var result = publication.Withdraw(reason, by.Name, byFunction, by.UserId, at.ToUniversalTime());
        if (!result.Succeeded) return result;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed the entry first: another official withdrew it, a repeated delivery of the
            // same withdrawal won the race, or a new version arrived. Say which.
            db.ChangeTracker.Clear();
            var withdrawn = await db.Publications.AsNoTracking().Where(p => p.Id == publication.Id).Select(p => p.WithdrawnAt).FirstOrDefaultAsync(ct);
            return Result.Fail(new Error(withdrawn is null ? "Publication.ConcurrencyConflict" : "Publication.AlreadyWithdrawn"));
        }
        await cache.EvictAsync(tenant.Require().Id, ct);
        return Result.Ok();
    }
}
