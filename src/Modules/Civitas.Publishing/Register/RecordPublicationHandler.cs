using Civitas.Platform.Files;
using Civitas.Platform.Tenancy;
using Civitas.Publishing.Contracts;
using Civitas.Publishing.Data;
using Civitas.Publishing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Civitas.Publishing.Register;

/// <summary>
/// Records a <see cref="PublicationRequested"/> in the current tenant's register: the first request for
/// a (module, source key) creates the entry, later ones add the next version. Idempotent by the outbox
/// message id, which a unique index guards even when two dispatchers race.
/// </summary>
internal sealed class RecordPublicationHandler(
    PublishingDb db,
    ITenantContext tenant,
    IFileStore files,
    TimeProvider clock,
    PublicationCacheEviction cache,
    ILogger<RecordPublicationHandler> logger)
{
    private const int MaxAttempts = 3;

    /// <summary>Returns the entry's id.</summary>
    public async Task<Guid> HandleAsync(PublicationRequested request, Guid messageId, DateTimeOffset occurredAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = PublicationRequestValidator.Problems(request);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Invalid PublicationRequested from {request.SourceModule}/{request.SourceKey}: {string.Join("; ", problems)}");
        }
        var tenantId = tenant.Require().Id;
        var module = request.SourceModule.Trim();
        var key = request.SourceKey.Trim();

        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.Versions.AsNoTracking().Where(v => v.MessageId == messageId).Select(v => (Guid?)v.PublicationId).FirstOrDefaultAsync(ct);
            if (existing is { } done) return done; // a repeated delivery: already recorded

            var content = await ContentAsync(request, tenantId, ct);
            var publication = await db.Publications.FirstOrDefaultAsync(p => p.SourceModule == module && p.SourceKey == key, ct);
            if (publication is null)
            {
                publication = Publication.Create(module, key, content, messageId, occurredAt, clock.GetUtcNow());
                db.Publications.Add(publication);
            }
            else
            {
                if (content.ChangeReason is null)
                {
                    // The register shows "reason not given"; the sender should say why it changed the document.
                    logger.LogWarning("Version {Number} of {Module}/{Key} was published without a change reason", publication.VersionCount + 1, module, key);
                }
                if (publication.WithdrawnAt is not null)
                {
                    logger.LogWarning("{Module}/{Key} was withdrawn; the new version is recorded but the entry stays withdrawn", module, key);
                }
                var version = publication.AddVersion(content, messageId, occurredAt, clock.GetUtcNow());
                db.Versions.Add(version);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another dispatcher created the entry or added a version at the same moment (unique
                // index or concurrency token): start again from what is now in the database.
                db.ChangeTracker.Clear();
            }
        }

        await cache.EvictAsync(tenantId, ct);
        return await db.Versions.AsNoTracking().Where(v => v.MessageId == messageId).Select(v => v.PublicationId).FirstAsync(ct);
    }

    private async Task<VersionContent> ContentAsync(PublicationRequested r, Guid tenantId, CancellationToken ct)
    {
        var attachments = new List<VersionAttachment>();
        foreach (var a in r.Attachments ?? [])
        {
            var file = await files.FindAsync(a.FileId, ct);
            // A link to a file readers cannot open, or to another tenant's file, is a bug of the sender.
            if (file is null) throw new InvalidOperationException($"Attachment {a.FileId} of {r.SourceModule}/{r.SourceKey} does not exist.");
            if (file.TenantId is { } owner && owner != tenantId) throw new InvalidOperationException($"Attachment {a.FileId} belongs to another tenant.");
            if (!file.IsPublic) throw new InvalidOperationException($"Attachment {a.FileId} of {r.SourceModule}/{r.SourceKey} is not a public file.");
            attachments.Add(new VersionAttachment(file.Id, a.Name.Trim(), file.ContentType, file.Length));
        }
        var redactions = (r.Redactions ?? [])
            .Select(x => new VersionRedaction(x.Scope.Trim(), x.LegalBasis.Trim(), x.DecidedBy.Trim(), x.ProtectedInterest.Trim()))
            .ToList();
        return new VersionContent(
            r.Category,
            r.Title.Trim(),
            NullIfBlank(r.TitleEnglish),
            NullIfBlank(r.Summary),
            r.Body,
            NullIfBlank(r.SourceUrl),
            r.ResponsiblePerson.Name.Trim(),
            NullIfBlank(r.ResponsiblePerson.Function),
            r.PublishedBy.Name.Trim(),
            NullIfBlank(r.PublishedBy.Function),
            r.ProducedAt.ToUniversalTime(),
            r.PublishedAt.ToUniversalTime(),
            r.VisibleFrom.ToUniversalTime(),
            r.VisibleTo?.ToUniversalTime(),
            NullIfBlank(r.ChangeReason),
            attachments,
            redactions);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
