using PdfSharp.Fonts;

namespace Civitas.Platform.Documents.Pdf;

/// <summary>PDFsharp's licence and font resolver are process-wide statics: set them once, under a lock
/// (several renders and several test hosts run in one process).</summary>
internal static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static volatile bool _ready;

    public static void EnsureInitialized()
    {
        if (_ready) return;
        lock (Gate)
        {
            if (_ready) return;
            // PDFsharp 6.5 is AGPL-3.0 or commercial and refuses to write until a licence is chosen;
            // Civitas is AGPL-3.0-or-later, so the AGPL licence applies (STACK.md pitfall 4).
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
                    break;
                case EmbeddedFontResolver:
                    break;
                default:
                    throw new InvalidOperationException(
                        $"Another PDFsharp font resolver ({GlobalFontSettings.FontResolver.GetType().FullName}) is installed; the document renderer needs {nameof(EmbeddedFontResolver)}.");
            }
            _ready = true;
        }
    }
}
