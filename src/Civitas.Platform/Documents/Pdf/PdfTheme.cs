namespace Civitas.Platform.Documents.Pdf;

/// <summary>Page geometry and type sizes of every generated PDF, in points (1/72 inch). A4 with 2 cm
/// margins, the usual layout of Polish official documents; 10 pt body text.</summary>
internal static class PdfTheme
{
    public const double PageWidth = 595.276;
    public const double PageHeight = 841.89;
    public const double MarginLeft = 56.693;
    public const double MarginRight = 56.693;
    public const double MarginTop = 56.693;
    public const double MarginBottom = 70.866;
    public const double ContentLeft = MarginLeft;
    public const double ContentWidth = PageWidth - MarginLeft - MarginRight;
    public const double ContentTop = MarginTop;
    public const double ContentBottom = PageHeight - MarginBottom;

    public const double BodySize = 10;
    public const double TableSize = 9;
    public const double NoteSize = 8;
    public const double FooterSize = 8;
    public const double TitleSize = 15;

    /// <summary>Line height as a multiple of the type size.</summary>
    public const double Leading = 1.3;

    /// <summary>Baseline below the top of a line box, as a multiple of the type size (DejaVu's ascent
    /// is 0.93 em; the rest of the leading is shared above and below).</summary>
    public const double BaselineOffset = 1.0;

    public const double ParagraphSpacing = 6;
    public const double ListIndent = 18;
    public const double ListItemSpacing = 2;
    public const double CellPaddingX = 3.5;
    public const double CellPaddingY = 2.5;
    public const double TableSpacing = 10;
    public const double BorderWidth = 0.5;

    /// <summary>Free space above a signature line for the handwritten signature.</summary>
    public const double SignatureSpace = 40;

    public static double HeadingSize(int level) => level switch { 1 => 13, 2 => 11.5, _ => 10.5 };

    public static double HeadingSpaceBefore(int level) => level switch { 1 => 14, 2 => 10, _ => 8 };

    public static double LineHeight(double size) => size * Leading;
}
