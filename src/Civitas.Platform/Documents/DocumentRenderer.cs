using Civitas.Platform.Documents.Docx;
using Civitas.Platform.Documents.Html;
using Civitas.Platform.Documents.Pdf;
using Microsoft.AspNetCore.Html;

namespace Civitas.Platform.Documents;

internal sealed class DocumentRenderer(TimeProvider clock) : IDocumentRenderer
{
    public const string PdfContentType = "application/pdf";
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public IHtmlContent RenderHtml(DocumentModel document, HtmlRenderOptions? options = null)
    {
        DocumentModelCheck.Validate(document);
        return new HtmlString(HtmlDocumentRenderer.Render(document, options ?? HtmlRenderOptions.Default));
    }

    public void RenderPdf(DocumentModel document, Stream output)
    {
        DocumentModelCheck.Validate(document);
        ArgumentNullException.ThrowIfNull(output);
        PdfDocumentWriter.Write(document, Created(document), output);
    }

    public void RenderDocx(DocumentModel document, Stream output)
    {
        DocumentModelCheck.Validate(document);
        ArgumentNullException.ThrowIfNull(output);
        DocxDocumentWriter.Write(document, Created(document), output);
    }

    public DownloadResult Download(DocumentModel document, DocumentFileFormat format, string fileName)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Rendered now, not while the response is written: a failure is an ordinary error page,
        // not a response cut off halfway, and the length is known.
        using var buffer = new MemoryStream();
        string contentType, extension;
        switch (format)
        {
            case DocumentFileFormat.Pdf:
                RenderPdf(document, buffer);
                (contentType, extension) = (PdfContentType, ".pdf");
                break;
            case DocumentFileFormat.Docx:
                RenderDocx(document, buffer);
                (contentType, extension) = (DocxContentType, ".docx");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
        var bytes = buffer.ToArray();
        return new DownloadResult(
            DownloadResult.SafeFileName(fileName, extension, "dokument"),
            contentType,
            (body, ct) => body.WriteAsync(bytes, ct).AsTask(),
            bytes.Length);
    }

    private DateTimeOffset Created(DocumentModel document) => document.Metadata.Created ?? clock.GetUtcNow();
}
