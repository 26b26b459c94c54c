using Civitas.Platform.Data;

namespace Civitas.Organisations.Domain;

/// <summary>A CSV import in progress: the uploaded file, how its columns map to fields, the dry-run
/// summary and, once imported, the result. Lets the steps be separate requests (Post-Redirect-Get)
/// without losing the file.</summary>
internal sealed class ImportSession : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid FileId { get; set; }
    public string FileName { get; set; } = "";
    public string EncodingName { get; set; } = "";
    public char Delimiter { get; set; } = ',';
    public string HeadersJson { get; set; } = "[]";
    public string? MappingJson { get; set; }
    public string? SummaryJson { get; set; }
    public ImportStatus Status { get; set; } = ImportStatus.Uploaded;
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
