namespace Civitas.Publishing.Web;

/// <summary>GET /api/v1/publications: one page of the entries shown now, most recently changed first.</summary>
internal sealed record PublicationListResponse(IReadOnlyList<PublicationListItem> Items, int Total, int Page, int PageSize);

/// <summary>An entry of the register (its current version).</summary>
internal sealed record PublicationListItem(
    Guid Id,
    string Category,
    string CategoryName,
    string Title,
    string? TitleEnglish,
    string? Summary,
    string Url,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset VisibleFrom,
    DateTimeOffset? VisibleTo,
    PublicationMetadata Metadata,
    int VersionCount);

/// <summary>The metadata of art. 8 ust. 6 of the act on access to public information.</summary>
internal sealed record PublicationMetadata(
    string Publisher,
    PublicationPersonDto ResponsiblePerson,
    DateTimeOffset ProducedAt,
    PublicationPersonDto PublishedBy,
    DateTimeOffset PublishedAt,
    PublicationPersonDto? ModifiedBy,
    DateTimeOffset? ModifiedAt);

internal sealed record PublicationPersonDto(string Name, string? Function);

/// <summary>GET /api/v1/publications/{id}: an entry with its versions and redactions. A withdrawn entry has
/// no body and no attachments (its content came down), but keeps its metadata and change register.</summary>
internal sealed record PublicationDetail(
    Guid Id,
    string Category,
    string CategoryName,
    string State,
    string Title,
    string? TitleEnglish,
    string? Summary,
    string? Body,
    string? BodyHtml,
    string Url,
    string? SourceUrl,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset VisibleFrom,
    DateTimeOffset? VisibleTo,
    PublicationMetadata Metadata,
    int VersionCount,
    IReadOnlyList<PublicationAttachmentDto> Attachments,
    IReadOnlyList<PublicationRedactionDto> Redactions,
    IReadOnlyList<PublicationVersionDto> Versions,
    PublicationWithdrawalDto? Withdrawal);

internal sealed record PublicationAttachmentDto(Guid FileId, string Name, string ContentType, long Length, string Url);

internal sealed record PublicationRedactionDto(string Scope, string LegalBasis, string DecidedBy, string ProtectedInterest);

internal sealed record PublicationVersionDto(int Number, DateTimeOffset PublishedAt, PublicationPersonDto By, string? Reason, string Url);

internal sealed record PublicationWithdrawalDto(DateTimeOffset WithdrawnAt, PublicationPersonDto By, string Reason);
