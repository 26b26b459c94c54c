namespace Civitas.Platform.Files;

/// <summary>What a handler asks the store to keep.</summary>
/// <param name="Content">The uploaded bytes (seekable, or it is buffered first).</param>
/// <param name="FileName">Name as sent by the browser (only its extension is checked against the content).</param>
/// <param name="Allowed">Kinds this upload field accepts.</param>
/// <param name="OwnerKind">Module and purpose, e.g. "platform:tenant-logo"; selects the download policy.</param>
/// <param name="OwnerId">Record the file belongs to.</param>
/// <param name="IsPublic">Whether anyone may download it.</param>
/// <param name="MaxBytes">Optional tighter limit than the global one (e.g. a logo).</param>
public sealed record FileUpload(Stream Content, string FileName, IReadOnlySet<FileKind> Allowed, string OwnerKind, Guid? OwnerId, bool IsPublic, long? MaxBytes = null);
