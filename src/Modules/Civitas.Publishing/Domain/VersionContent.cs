using Civitas.Publishing.Contracts;

namespace Civitas.Publishing.Domain;

/// <summary>The content and metadata of one version, as requested by the source module (UTC instants).</summary>
internal sealed record VersionContent(
    PublicationCategory Category,
    string Title,
    string? TitleEnglish,
    string? Summary,
    string Body,
    string? SourceUrl,
    string ResponsibleName,
    string? ResponsibleFunction,
    string PublishedByName,
    string? PublishedByFunction,
    DateTimeOffset ProducedAt,
    DateTimeOffset PublishedAt,
    DateTimeOffset VisibleFrom,
    DateTimeOffset? VisibleTo,
    string? ChangeReason,
    IReadOnlyList<VersionAttachment> Attachments,
    IReadOnlyList<VersionRedaction> Redactions);
