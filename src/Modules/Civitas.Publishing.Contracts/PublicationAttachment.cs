namespace Civitas.Publishing.Contracts;

/// <summary>A file published with an entry. The file must already be in the platform's file store, belong
/// to the publishing tenant and be public (<c>FileUpload.IsPublic = true</c>): it is linked as
/// <c>/pliki/{FileId}</c> for anyone to download. Publish the redacted copy, never the original, when
/// personal data had to be removed (art. 8 ust. 5 of the act on access to public information).</summary>
/// <param name="FileId">Id of the stored file.</param>
/// <param name="Name">Name shown to readers, e.g. "Ogłoszenie konkursu (PDF)".</param>
public sealed record PublicationAttachment(Guid FileId, string Name);
