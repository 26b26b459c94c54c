namespace Civitas.Publishing.Contracts;

/// <summary>What another module may know about one of its published entries.</summary>
/// <param name="Id">Id of the entry in the register.</param>
/// <param name="SourceKey">The source key it was published with.</param>
/// <param name="Url">Relative URL of the public entry page ("/publikacje/{Id}").</param>
/// <param name="State">Whether the entry is shown now, later, no longer, or was withdrawn.</param>
/// <param name="VersionCount">Number of versions in its change register.</param>
/// <param name="FirstPublishedAt">Publication time of version 1.</param>
/// <param name="VisibleFrom">From when the current version is shown.</param>
/// <param name="VisibleTo">Until when the current version is shown; null for indefinitely.</param>
public sealed record PublicationInfo(
    Guid Id,
    string SourceKey,
    string Url,
    PublicationState State,
    int VersionCount,
    DateTimeOffset FirstPublishedAt,
    DateTimeOffset VisibleFrom,
    DateTimeOffset? VisibleTo);
