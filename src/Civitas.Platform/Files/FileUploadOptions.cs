namespace Civitas.Platform.Files;

/// <summary>Configuration section "Files".</summary>
public sealed class FileUploadOptions
{
    /// <summary>Folder of the local-disk store; relative paths are under the content root.</summary>
    public string RootPath { get; set; } = "data/files";
    /// <summary>Largest accepted upload in bytes (default 20 MB).</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;
}
