namespace Civitas.Platform.Documents.Pdf;

/// <summary>Lays a document out and paints it: two passes, so every page knows the page count.</summary>
internal static class PdfDocumentWriter
{
    public static void Write(DocumentModel document, DateTimeOffset created, Stream output)
    {
        PdfSharpSetup.EnsureInitialized();
        using var fonts = new PdfFontSet();
        var pages = PdfLayout.Layout(document, fonts);
        PdfPainter.Paint(document, pages, fonts, created, output);
    }
}
