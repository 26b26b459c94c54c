using Civitas.Publishing.Contracts;

namespace Civitas.Publishing.Queries;

/// <summary>An entry of the Atom feed or the JSON API list, with the metadata of its current version
/// (and the person who published version 1).</summary>
internal sealed record FeedItem(
    Guid Id,
    PublicationCategory Category,
    string Title,
    string? TitleEnglish,
    string? Summary,
    string Body,
    DateTimeOffset FirstPublishedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset VisibleFrom,
    DateTimeOffset? VisibleTo,
    int VersionCount,
    PersonView Responsible,
    PersonView FirstPublishedBy,
    PersonView CurrentPublishedBy,
    DateTimeOffset ProducedAt);
