using System.Text.Json;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Search;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Files;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Import;

/// <summary>The steps of a CSV import: upload (encoding and header recognised, file kept), dry run
/// with the mapping (report stored), import (the good rows, all in one transaction, audited).</summary>
internal sealed class ImportRunner(
    OrganisationsDb db,
    IFileStore files,
    ImportPlanner planner,
    DirectoryProjection projection,
    IAuditLog audit,
    ITenantContext tenant,
    TimeProvider clock)
{
    private const int SaveBatch = 500;

    public static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<Result<ImportSession>> UploadAsync(Stream content, string fileName, long length, long maxBytes, Guid officialId, CancellationToken ct)
    {
        if (length > maxBytes) return Result.Fail<ImportSession>(new Error("Import.TooLarge", "File", length / (1024 * 1024), maxBytes / (1024 * 1024)));
        if (length == 0) return Result.Fail<ImportSession>(new Error("File.Empty", "File"));
        if (!fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            return Result.Fail<ImportSession>(new Error("Import.NotCsv", "File"));
        var stored = await files.SaveAsync(new FileUpload(content, fileName, OrganisationFiles.Csv, OrganisationFiles.Import, null, false, maxBytes), ct);
        if (!stored.Succeeded) return Result.Fail<ImportSession>([.. stored.Errors.Select(e => e with { Field = "File" })]);
        await using var file = await files.OpenReadAsync(stored.Value!.Id, ct) ?? throw new InvalidOperationException("Stored import file vanished.");
        var format = CsvFormat.Detect(file);
        if (!format.Succeeded) return Result.Fail<ImportSession>([.. format.Errors]);
        var session = new ImportSession
        {
            FileId = stored.Value.Id,
            FileName = stored.Value.FileName,
            EncodingName = format.Value!.EncodingName,
            Delimiter = format.Value.Delimiter,
            HeadersJson = JsonSerializer.Serialize(format.Value.Headers),
            MappingJson = ImportMapping.Guess(format.Value.Headers).ToJson(),
            CreatedBy = officialId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Imports.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    public static CsvFormat FormatOf(ImportSession s)
        => new(s.EncodingName, s.Delimiter, JsonSerializer.Deserialize<List<string>>(s.HeadersJson) ?? []);

    public async Task<Result<ImportReport>> CheckAsync(ImportSession session, ImportMapping mapping, CancellationToken ct)
    {
        var format = FormatOf(session);
        var valid = mapping.Validate(format.Headers.Count);
        if (!valid.Succeeded) return Result.Fail<ImportReport>([.. valid.Errors]);
        await using var file = await files.OpenReadAsync(session.FileId, ct);
        if (file is null) return Result.Fail<ImportReport>(new Error("Import.FileGone"));
        var (report, _) = await planner.PlanAsync(file, format, mapping, ct);
        session.MappingJson = mapping.ToJson();
        session.SummaryJson = JsonSerializer.Serialize(report, Json);
        session.Status = ImportStatus.Checked;
        await db.SaveChangesAsync(ct);
        return report;
    }

    public async Task<Result<ImportReport>> ImportAsync(ImportSession session, CancellationToken ct)
    {
        if (session.Status == ImportStatus.Imported) return Result.Fail<ImportReport>(new Error("Import.AlreadyImported"));
        if (session.Status != ImportStatus.Checked) return Result.Fail<ImportReport>(new Error("Import.NotChecked"));
        var format = FormatOf(session);
        var mapping = ImportMapping.FromJson(session.MappingJson);
        await using var file = await files.OpenReadAsync(session.FileId, ct);
        if (file is null) return Result.Fail<ImportReport>(new Error("Import.FileGone"));
        var (report, rows) = await planner.PlanAsync(file, format, mapping, ct);

        var now = clock.GetUtcNow();
        var tenantId = tenant.Require().Id;
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var refreshed = new List<Organisation>();
        var sessionId = session.Id;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var pending = 0;
            foreach (var row in rows)
            {
                switch (row.Action)
                {
                    case ImportAction.Create:
                        var organisation = Organisation.Create(row.Profile, await SlugAsync(row.Profile.Name, slugs, ct), now);
                        db.Organisations.Add(organisation);
                        db.Listings.Add(Listing.Create(organisation, tenantId, ListingSource.Imported, now, requestVerification: false));
                        break;
                    case ImportAction.Update:
                        var existing = await db.Organisations.Include(o => o.Spheres).FirstAsync(o => o.Id == row.Existing!.Id, ct);
                        existing.Update(row.Profile, now);
                        if (!row.ListedHere) db.Listings.Add(Listing.Create(existing, tenantId, ListingSource.Imported, now, requestVerification: false));
                        refreshed.Add(existing);
                        break;
                    case ImportAction.List:
                        var listed = await db.Organisations.Include(o => o.Spheres).FirstAsync(o => o.Id == row.Existing!.Id, ct);
                        db.Listings.Add(Listing.Create(listed, tenantId, ListingSource.Imported, now, requestVerification: false));
                        break;
                    case ImportAction.Unchanged:
                        continue;
                }
                if (++pending >= SaveBatch)
                {
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                    pending = 0;
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            foreach (var o in refreshed) await projection.RefreshAsync(o, ct);

            var done = report with { Imported = true };
            var tracked = await db.Imports.FirstAsync(i => i.Id == sessionId, ct);
            tracked.SummaryJson = JsonSerializer.Serialize(done, Json);
            tracked.Status = ImportStatus.Imported;
            tracked.CompletedAt = now;
            audit.Record(db, "OrganisationsImported", nameof(ImportSession), sessionId.ToString(), new
            {
                tracked.FileName,
                done.Rows,
                done.Created,
                done.Updated,
                done.Listed,
                done.Unchanged,
                done.Invalid,
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            await projection.EvictAsync([tenantId], ct);
            return done;
        }
    }

    private async Task<string> SlugAsync(string name, HashSet<string> taken, CancellationToken ct)
    {
        var baseSlug = Slugs.From(name);
        var prefix = baseSlug + "-";
        var inDb = await db.Organisations.AsNoTracking().Where(o => o.Slug == baseSlug || o.Slug.StartsWith(prefix)).Select(o => o.Slug).ToListAsync(ct);
        var used = new HashSet<string>(inDb, StringComparer.Ordinal);
        used.UnionWith(taken.Where(t => t == baseSlug || t.StartsWith(prefix, StringComparison.Ordinal)));
        var slug = baseSlug;
        for (var i = 2; used.Contains(slug); i++) slug = $"{baseSlug}-{i}";
        taken.Add(slug);
        return slug;
    }
}
