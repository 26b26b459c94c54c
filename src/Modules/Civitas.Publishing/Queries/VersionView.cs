using Civitas.Publishing.Contracts;

namespace Civitas.Publishing.Queries;

/// <summary>One version's content and metadata (art. 8 ust. 6 of the act on access to public information).</summary>
internal sealed record VersionView(
    Guid Id,
    int Number,
    PublicationCategory Category,
    string Title,
    string? TitleEnglish,
    string? Summary,
    string Body,
    string? SourceUrl,
    PersonView Responsible,
    PersonView PublishedBy,
    DateTimeOffset ProducedAt,
    DateTimeOffset PublishedAt,
    DateTimeOffset VisibleFrom,
    DateTimeOffset? VisibleTo,
    string? ChangeReason,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<RedactionView> Redactions);
