using Civitas.Platform.Documents;

namespace Civitas.Platform.Tests.Documents;

/// <summary>The sample offer rendered once to PDF and DOCX for a test class, in a temporary folder.</summary>
public sealed class RenderedOffer : IDisposable
{
    public RenderedOffer()
    {
        Folder = Directory.CreateTempSubdirectory("civitas-documents-").FullName;
        Model = SampleDocuments.Offer();
        var renderer = new DocumentRenderer(TimeProvider.System);
        PdfPath = Path.Combine(Folder, "oferta.pdf");
        using (var pdf = File.Create(PdfPath)) renderer.RenderPdf(Model, pdf);
        using var docx = new MemoryStream();
        renderer.RenderDocx(Model, docx);
        Docx = docx.ToArray();
    }

    internal DocumentModel Model { get; }
    public string Folder { get; }
    public string PdfPath { get; }
    public byte[] Docx { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
