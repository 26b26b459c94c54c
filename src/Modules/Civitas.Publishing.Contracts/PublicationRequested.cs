namespace Civitas.Publishing.Contracts;

/// <summary>
/// Asks the Publishing module to publish a document in the tenant's register of public information
/// (the BIP part of the portal), or to publish a new version of it. This is THE way a module publishes:
/// write the event to your own outbox in the same <c>SaveChanges</c> as the change that makes the
/// document public, e.g. <c>outbox.Add(grantsDb, new PublicationRequested(...))</c>.
/// <para>
/// The register keys entries by (tenant, <see cref="SourceModule"/>, <see cref="SourceKey"/>). The first
/// request for a key creates the entry (version 1); every later request adds the next version with its
/// <see cref="ChangeReason"/> and makes it the current content. Earlier versions stay readable in the
/// public change register (rejestr zmian) and are never overwritten. Delivery is at least once; a
/// repeated delivery of the same outbox message changes nothing.
/// </para>
/// <para>
/// The metadata required by art. 8 ust. 6 of the act on access to public information (ustawa
/// z 6 września 2001 r. o dostępie do informacji publicznej) come from this event: the publishing
/// entity is the tenant; <see cref="ResponsiblePerson"/> produced or is responsible for the content;
/// <see cref="PublishedBy"/> entered it; <see cref="ProducedAt"/> and <see cref="PublishedAt"/> are
/// the times of production and publication. Lengths are limited by <see cref="PublicationLimits"/>;
/// a request that breaks a limit or names a file that is not public is a bug of the sender and fails
/// (the outbox keeps it, with the error, for an operator).
/// </para>
/// </summary>
/// <param name="SourceModule">Short name of the publishing module, e.g. "grants".</param>
/// <param name="SourceKey">Stable id of the published thing within the module, e.g.
/// "competition:{id}:announcement" or "small-grant-offer:{id}". Never reuse a key for another document.</param>
/// <param name="Category">Kind of document, for filtering and for readers.</param>
/// <param name="Title">Title in Polish (the official language of publication).</param>
/// <param name="TitleEnglish">Optional English title, shown to readers who chose English.</param>
/// <param name="Summary">Optional short summary as Markdown, shown in lists and feeds.</param>
/// <param name="Body">The content as Markdown. It becomes HTML only through the platform's sanitising
/// Markdown renderer; raw HTML is shown as text.</param>
/// <param name="SourceUrl">Optional relative URL of the page in the source module where the matter is
/// handled (e.g. "/konkursy/0193…"), linked from the entry. Must start with a single "/".</param>
/// <param name="Attachments">Files published with this version (public files of the tenant; may be empty).</param>
/// <param name="ResponsiblePerson">The person who produced or is responsible for the content
/// (osoba, która wytworzyła informację lub odpowiada za jej treść).</param>
/// <param name="PublishedBy">The person who entered this version into the register (osoba, która
/// wprowadziła informację do publikacji); for later versions, the person who changed it.</param>
/// <param name="ProducedAt">When the document was produced (data wytworzenia), e.g. the date of signature.</param>
/// <param name="PublishedAt">When this version is published (data udostępnienia / modyfikacji).</param>
/// <param name="VisibleFrom">From when the entry is shown in the public register.</param>
/// <param name="VisibleTo">Until when it is shown (exclusive); null for indefinitely. After it, the entry
/// moves to the archive; it is never deleted. A small-grant offer is shown for the period of art. 19a
/// ust. 3 UDPP (legal parameter <c>grants.small_grant_publication_days</c>).</param>
/// <param name="ChangeReason">Why this version was made (przyczyna zmiany); null for the first version,
/// required for every later one.</param>
/// <param name="Redactions">Parts left out of publication (art. 8 ust. 5 of the act), with scope, legal
/// basis, who decided and whose interest is protected. May be empty.</param>
public sealed record PublicationRequested(
    string SourceModule,
    string SourceKey,
    PublicationCategory Category,
    string Title,
    string? TitleEnglish,
    string? Summary,
    string Body,
    string? SourceUrl,
    IReadOnlyList<PublicationAttachment> Attachments,
    PublicationPerson ResponsiblePerson,
    PublicationPerson PublishedBy,
    DateTimeOffset ProducedAt,
    DateTimeOffset PublishedAt,
    DateTimeOffset VisibleFrom,
    DateTimeOffset? VisibleTo,
    string? ChangeReason,
    IReadOnlyList<PublicationRedaction> Redactions);
