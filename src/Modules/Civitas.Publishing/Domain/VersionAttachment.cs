using Civitas.Platform.Data;

namespace Civitas.Publishing.Domain;

/// <summary>A public file published with one version (the stored file's type and size are copied so
/// the link can say "PDF, 120 kB" without asking the file store).</summary>
internal sealed class VersionAttachment : ITenantOwned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid VersionId { get; private set; }
    public int Position { get; set; }
    public Guid FileId { get; private set; }
    public string Name { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }

    private VersionAttachment()
    {
    }

    public VersionAttachment(Guid fileId, string name, string contentType, long length)
    {
        FileId = fileId;
        Name = name;
        ContentType = contentType;
        Length = length;
    }
}
