using Civitas.Publishing.Contracts;
using Civitas.Publishing.Data;
using Civitas.Publishing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Publishing.Register;

internal sealed class PublicationDirectory(PublishingDb db, TimeProvider clock) : IPublicationDirectory
{
    public async Task<IReadOnlyDictionary<string, PublicationInfo>> FindAsync(string sourceModule, IReadOnlyCollection<string> sourceKeys, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sourceModule);
        ArgumentNullException.ThrowIfNull(sourceKeys);
        if (sourceKeys.Count == 0) return new Dictionary<string, PublicationInfo>();
        var module = sourceModule.Trim();
        var keys = sourceKeys.Select(k => k.Trim()).Distinct().ToList();
        var now = clock.GetUtcNow();
        var rows = await db.Publications.AsNoTracking()
            .Where(p => p.SourceModule == module && keys.Contains(p.SourceKey))
            .Select(p => new { p.Id, p.SourceKey, p.VersionCount, p.FirstPublishedAt, p.VisibleFrom, p.VisibleTo, p.WithdrawnAt })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.SourceKey, r => new PublicationInfo(
            r.Id, r.SourceKey, PublicationUrls.Entry(r.Id), Publication.State(r.WithdrawnAt, r.VisibleFrom, r.VisibleTo, now),
            r.VersionCount, r.FirstPublishedAt, r.VisibleFrom, r.VisibleTo));
    }
}
