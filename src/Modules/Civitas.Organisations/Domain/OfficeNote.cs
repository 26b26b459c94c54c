using Civitas.Platform.Data;

namespace Civitas.Organisations.Domain;

/// <summary>An official's internal note about an organisation; seen only by officials of the JST.</summary>
internal sealed class OfficeNote : ITenantOwned, IAudited
{
    public OfficeNote(Guid organisationId, string text, Guid authorId, string authorName, DateTimeOffset createdAt)
    {
        OrganisationId = organisationId;
        Text = text;
        AuthorId = authorId;
        AuthorName = authorName;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid OrganisationId { get; private set; }
    public string Text { get; private set; }
    public Guid AuthorId { get; private set; }
    public string AuthorName { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
