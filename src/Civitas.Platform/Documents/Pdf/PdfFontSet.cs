using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Civitas.Platform.Documents.Pdf;

/// <summary>The fonts of one render and a cache of measured widths (a table repeats the same words).
/// Not thread-safe: one per render.</summary>
internal sealed class PdfFontSet : IDisposable
{
    // Unicode (Identity-H) for every string: one embedded subset per face with a ToUnicode map, so
    // text extraction and screen readers get every Polish letter back exactly.
    private static readonly XPdfFontOptions Options = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private readonly Dictionary<PdfFontKey, XFont> _fonts = [];
    private readonly Dictionary<(PdfFontKey, string), double> _widths = [];
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(
        new XSize(PdfTheme.PageWidth, PdfTheme.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);

    public XFont Font(PdfFontKey key)
    {
        if (!_fonts.TryGetValue(key, out var font))
        {
            var style = (key.Style.HasFlag(TextStyle.Bold), key.Style.HasFlag(TextStyle.Italic)) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(EmbeddedFontResolver.Family, key.Size, style, Options);
            _fonts[key] = font;
        }
        return font;
    }

    public double Width(string text, PdfFontKey key)
    {
        if (text.Length == 0) return 0;
        if (!_widths.TryGetValue((key, text), out var width))
        {
            width = _measure.MeasureString(text, Font(key)).Width;
            // Words repeat; whole sentences do not. Keep the cache to the words.
            if (text.Length <= 32) _widths[(key, text)] = width;
        }
        return width;
    }

    public void Dispose() => _measure.Dispose();
}
