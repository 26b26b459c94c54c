

namespace Civitas.Platform.Files;

/// <summary>Stores uploads (local disk by default) with size limits and content-based type checks.</summary>
public interface IFileStore
{
    /// <summary>Validates and stores an upload. Errors: <c>File.TooLarge</c>, <c>File.Empty</c>,
    /// <c>File.TypeNotAllowed</c>, <c>File.ContentMismatch</c>.</summary>
    Task<Result<StoredFileInfo>> SaveAsync(FileUpload upload, CancellationToken ct = default);

    /// <summary>Metadata of a file, or null.</summary>
    Task<StoredFileInfo?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>Opens a file's content for reading, or null when it is gone.</summary>
    Task<Stream?> OpenReadAsync(Guid id, CancellationToken ct = default);
}
