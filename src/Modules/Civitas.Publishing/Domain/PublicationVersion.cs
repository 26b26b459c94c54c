using Civitas.Platform.Data;
using Civitas.Publishing.Contracts;

namespace Civitas.Publishing.Domain;

/// <summary>
/// One version of a published entry: its full content and the metadata of art. 8 ust. 6 of the act on
/// access to public information, as they were when the version was published. Versions are append-only;
/// together they are the entry's change register (rejestr zmian: number, date, who, reason).
/// </summary>
internal sealed class PublicationVersion : ITenantOwned
{
    private readonly List<VersionAttachment> _attachments = [];
    private readonly List<VersionRedaction> _redactions = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid PublicationId { get; private set; }
    public int Number { get; private set; }

    /// <summary>The outbox message that requested this version: a second delivery finds it and stops.</summary>
    public Guid MessageId { get; private set; }

    /// <summary>When the source module made the change (orders versions that arrive out of order).</summary>
    public DateTimeOffset SourceOccurredAt { get; private set; }

    /// <summary>When the register recorded the version.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    public PublicationCategory Category { get; private set; }
    public string Title { get; private set; } = "";
    public string? TitleEnglish { get; private set; }
    public string? Summary { get; private set; }
    public string Body { get; private set; } = "";
    public string? SourceUrl { get; private set; }
    public string ResponsibleName { get; private set; } = "";
    public string? ResponsibleFunction { get; private set; }
    public string PublishedByName { get; private set; } = "";
    public string? PublishedByFunction { get; private set; }
    public DateTimeOffset ProducedAt { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public DateTimeOffset VisibleFrom { get; private set; }
    public DateTimeOffset? VisibleTo { get; private set; }
    public string? ChangeReason { get; private set; }

    public IReadOnlyList<VersionAttachment> Attachments => _attachments;
    public IReadOnlyList<VersionRedaction> Redactions => _redactions;

    private PublicationVersion()
    {
    }

    internal PublicationVersion(Guid publicationId, int number, Guid messageId, DateTimeOffset sourceOccurredAt, DateTimeOffset recordedAt, VersionContent content)
    {
        PublicationId = publicationId;
        Number = number;
        MessageId = messageId;
        SourceOccurredAt = sourceOccurredAt;
        RecordedAt = recordedAt;
        Category = content.Category;
        Title = content.Title;
        TitleEnglish = content.TitleEnglish;
        Summary = content.Summary;
        Body = content.Body;
        SourceUrl = content.SourceUrl;
        ResponsibleName = content.ResponsibleName;
        ResponsibleFunction = content.ResponsibleFunction;
        PublishedByName = content.PublishedByName;
        PublishedByFunction = content.PublishedByFunction;
        ProducedAt = content.ProducedAt;
        PublishedAt = content.PublishedAt;
        VisibleFrom = content.VisibleFrom;
        VisibleTo = content.VisibleTo;
        ChangeReason = content.ChangeReason;
        for (var i = 0; i < content.Attachments.Count; i++)
        {
            content.Attachments[i].Position = i;
            _attachments.Add(content.Attachments[i]);
        }
        for (var i = 0; i < content.Redactions.Count; i++)
        {
            content.Redactions[i].Position = i;
            _redactions.Add(content.Redactions[i]);
        }
    }
}
