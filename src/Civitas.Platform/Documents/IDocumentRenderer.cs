using Microsoft.AspNetCore.Html;

namespace Civitas.Platform.Documents;

/// <summary>
/// Renders a <see cref="DocumentModel"/>: HTML for the page, tagged PDF for publication, DOCX for
/// editing. One model, three formats, Polish letters intact in each. Thread-safe (a singleton).
/// <code>
/// // in a Razor page handler (or a minimal API endpoint: the same result works there)
/// public IActionResult OnGetPdf(Guid id) => _documents.Download(BuildOffer(offer), DocumentFileFormat.Pdf, $"Oferta {offer.Number}");
/// </code>
/// </summary>
public interface IDocumentRenderer
{
    /// <summary>A semantic HTML fragment (an <c>article</c> with headings, paragraphs, lists and
    /// tables with captions and header scopes; no inline styles). Every text is HTML-encoded.</summary>
    IHtmlContent RenderHtml(DocumentModel document, HtmlRenderOptions? options = null);

    /// <summary>Writes an A4 tagged PDF (structure tree, language, title; fonts embedded) to <paramref name="output"/>.</summary>
    void RenderPdf(DocumentModel document, Stream output);

    /// <summary>Writes a DOCX (Title/Heading1–3 styles, Word tables with repeating header rows,
    /// numbered and bulleted lists, document properties) to <paramref name="output"/>.</summary>
    void RenderDocx(DocumentModel document, Stream output);

    /// <summary>Renders the document and returns it as a download for a Razor page handler or a
    /// minimal API endpoint. <paramref name="fileName"/> may contain Polish letters and lacks the
    /// extension ("Oferta 12/2026" becomes <c>Oferta 12-2026.pdf</c>).</summary>
    DownloadResult Download(DocumentModel document, DocumentFileFormat format, string fileName);
}
