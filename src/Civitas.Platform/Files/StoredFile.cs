namespace Civitas.Platform.Files;

/// <summary>Metadata of an uploaded file; the bytes live in the file store. Not tenant-filtered because
/// some files are global (an organisation's logo); every download checks the owner's permission.</summary>
public sealed class StoredFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? TenantId { get; set; }
    /// <summary>Module and record the file belongs to ("platform:tenant-logo", "grants:offer").</summary>
    public string OwnerKind { get; set; } = "";
    public Guid? OwnerId { get; set; }
    public string FileName { get; set; } = "";
    public FileKind Kind { get; set; }
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    public string StorageKey { get; set; } = "";
    /// <summary>Public files (logos, published attachments) can be downloaded by anyone.</summary>
    public bool IsPublic { get; set; }
    public Guid? UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
