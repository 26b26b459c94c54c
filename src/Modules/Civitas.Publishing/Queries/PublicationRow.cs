using Civitas.Publishing.Contracts;

namespace Civitas.Publishing.Queries;

/// <summary>One line of the register, archive or office list.</summary>
internal sealed record PublicationRow(
    Guid Id,
    PublicationCategory Category,
    string Title,
    string? TitleEnglish,
    string? Summary,
    DateTimeOffset FirstPublishedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset VisibleFrom,
    DateTimeOffset? VisibleTo,
    int VersionCount,
    DateTimeOffset? WithdrawnAt);
