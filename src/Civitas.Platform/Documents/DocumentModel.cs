namespace Civitas.Platform.Documents;

/// <summary>
/// A document the law describes (an offer on the 2018 template, a committee protocol, a contract, a
/// consultation report…), built once by its module and rendered by <see cref="IDocumentRenderer"/> to
/// HTML (the page), PDF (publication) and DOCX (where officials must edit). Build it with
/// <see cref="DocumentBuilder"/>; the model is immutable.
/// </summary>
/// <param name="Title">The document's title, rendered as its top heading and stored in the file's properties.</param>
/// <param name="Language">Language of the content; sets the language tags and the page-number footer.</param>
/// <param name="Metadata">Author, subject and creation time written to the file's properties.</param>
/// <param name="Blocks">The content, top to bottom.</param>
/// <param name="FooterText">A line printed at the foot of every page (e.g. a checksum "Suma kontrolna: 3F2A…"),
/// or null. Page numbers ("Strona 2 z 5") are added by the renderers.</param>
public sealed record DocumentModel(
    string Title,
    DocumentLanguage Language,
    DocumentMetadata Metadata,
    IReadOnlyList<DocumentBlock> Blocks,
    string? FooterText = null);
