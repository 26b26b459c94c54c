using PdfSharp.Fonts;

namespace Civitas.Platform.Documents.Pdf;

/// <summary>Serves DejaVu Sans from the assembly's resources, so PDFs look the same on every server
/// whatever fonts it has installed, and every Polish letter has a glyph (STACK.md row 5a).</summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Oblique = "DejaVuSans-Oblique";
    private const string BoldOblique = "DejaVuSans-BoldOblique";

    private static readonly Dictionary<string, Lazy<byte[]>> Faces = new(StringComparer.Ordinal)
    {
        [Regular] = Load(Regular),
        [Bold] = Load(Bold),
        [Oblique] = Load(Oblique),
        [BoldOblique] = Load(BoldOblique),
    };

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)) return null;
        return new FontResolverInfo(bold ? (italic ? BoldOblique : Bold) : (italic ? Oblique : Regular));
    }

    public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var face) ? face.Value : null;

    private static Lazy<byte[]> Load(string face) => new(() =>
    {
        var name = $"Civitas.Platform.Documents.Fonts.{face}.ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Font resource {name} is missing from Civitas.Platform.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }, LazyThreadSafetyMode.ExecutionAndPublication);
}
