using System.Security.Cryptography;
using Civitas.Platform.Audit;
using Civitas.Platform.Data;

using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Civitas.Platform.Files;

internal sealed class LocalDiskFileStore(
    PlatformDb db,
    ITenantContext tenant,
    IActorContext actor,
    TimeProvider clock,
    IOptions<FileUploadOptions> options,
    IHostEnvironment env) : IFileStore
{
    private string Root => Path.IsPathRooted(options.Value.RootPath) ? options.Value.RootPath : Path.Combine(env.ContentRootPath, options.Value.RootPath);

    public async Task<Result<StoredFileInfo>> SaveAsync(FileUpload upload, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var limit = Math.Min(upload.MaxBytes ?? long.MaxValue, options.Value.MaxUploadBytes);

        // Buffer to a temporary file while counting, so an oversized or mislabelled upload never
        // reaches the store and memory stays flat.
        var temp = Path.Combine(Root, "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        try
        {
            long length;
            string sha;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                length = 0;
                int n;
                while ((n = await upload.Content.ReadAsync(buffer, ct)) > 0)
                {
                    length += n;
                    if (length > limit) return Result.Fail<StoredFileInfo>(new Error("File.TooLarge", null, Megabytes(limit)));
                    hash.AppendData(buffer, 0, n);
                    await file.WriteAsync(buffer.AsMemory(0, n), ct);
                }
                if (length == 0) return Result.Fail<StoredFileInfo>(new Error("File.Empty"));
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());

                file.Position = 0;
                var detected = FileTypeDetector.Detect(file);
                var claimed = FileTypeDetector.FromExtension(upload.FileName);
                if (!upload.Allowed.Contains(claimed))
                    return Result.Fail<StoredFileInfo>(new Error("File.TypeNotAllowed", null, string.Join(", ", upload.Allowed)));
                if (detected != claimed)
                    return Result.Fail<StoredFileInfo>(new Error("File.ContentMismatch"));
            }

            var now = clock.GetUtcNow();
            var key = $"{now:yyyy}/{now:MM}/{Guid.CreateVersion7():N}";
            var target = Path.Combine(Root, key);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temp, target);

            var kind = FileTypeDetector.FromExtension(upload.FileName);
            var stored = new StoredFile
            {
                TenantId = tenant.TenantId,
                OwnerKind = upload.OwnerKind,
                OwnerId = upload.OwnerId,
                FileName = SafeName(upload.FileName),
                Kind = kind,
                ContentType = FileTypeDetector.ContentType(kind),
                Length = length,
                Sha256 = sha,
                StorageKey = key,
                IsPublic = upload.IsPublic,
                UploadedBy = actor.Current.UserId,
                UploadedAt = now,
            };
            db.Files.Add(stored);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch
            {
                // No row, no bytes: a failed save must not leave an orphan in the store.
                File.Delete(target);
                throw;
            }
            return ToInfo(stored);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public async Task<StoredFileInfo?> FindAsync(Guid id, CancellationToken ct = default)
    {
        var file = await FindVisibleAsync(id, ct);
        return file is null ? null : ToInfo(file);
    }

    public async Task<Stream?> OpenReadAsync(Guid id, CancellationToken ct = default)
    {
        // The same tenant check as FindAsync: a handler that opens a file by an id taken from the
        // request must not be able to read another tenant's file.
        var file = await FindVisibleAsync(id, ct);
        if (file is null) return null;
        var path = Path.Combine(Root, file.StorageKey);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous) : null;
    }

    private async Task<StoredFile?> FindVisibleAsync(Guid id, CancellationToken ct)
    {
        var file = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        // A file of another tenant does not exist for this one.
        return file is null || (file.TenantId is { } t && tenant.TenantId is { } current && t != current) ? null : file;
    }

    /// <summary>The limit in MB for the message, rounded down to a tenth so a 200 KB limit does not read "0 MB".</summary>
    private static decimal Megabytes(long bytes) => Math.Round(bytes / (1024m * 1024m), 1, MidpointRounding.ToZero);

    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var cleaned = new string(file.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\')).ToArray()).Trim();
        if (cleaned.Length > 200) cleaned = cleaned[^200..];
        return cleaned.Length == 0 ? "plik" : cleaned;
    }

    private static StoredFileInfo ToInfo(StoredFile f) => new(f.Id, f.FileName, f.Kind, f.ContentType, f.Length, f.Sha256, f.OwnerKind, f.OwnerId, f.IsPublic, f.TenantId);
}
