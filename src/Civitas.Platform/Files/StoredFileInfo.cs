namespace Civitas.Platform.Files;

/// <summary>A stored file's public facts.</summary>
public sealed record StoredFileInfo(Guid Id, string FileName, FileKind Kind, string ContentType, long Length, string Sha256, string OwnerKind, Guid? OwnerId, bool IsPublic, Guid? TenantId);
