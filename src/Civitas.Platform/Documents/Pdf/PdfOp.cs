namespace Civitas.Platform.Documents.Pdf;

/// <summary>One drawing or structure instruction of a laid-out page. The layout runs first and
/// produces these, so the painter knows the page count ("Strona 2 z 5") before it draws anything.</summary>
internal readonly record struct PdfOp(
    PdfOpKind Kind,
    double X1 = 0,
    double Y1 = 0,
    double X2 = 0,
    double Y2 = 0,
    double PenWidth = 0,
    string? Text = null,
    PdfFontKey Font = default,
    PdfTag Tag = default,
    PdfScope Scope = PdfScope.None)
{
    /// <summary>Text with its baseline at <paramref name="baseline"/>.</summary>
    public static PdfOp DrawText(double x, double baseline, string text, PdfFontKey font) => new(PdfOpKind.Text, x, baseline, Text: text, Font: font);

    public static PdfOp DrawLine(double x1, double y1, double x2, double y2, double width) => new(PdfOpKind.Line, x1, y1, x2, y2, width);

    /// <summary>A light grey rectangle (the background of a table's header row).</summary>
    public static PdfOp FillRect(double x, double y, double width, double height) => new(PdfOpKind.Fill, x, y, width, height);

    public static PdfOp Begin(PdfTag tag, PdfScope scope = PdfScope.None) => new(PdfOpKind.BeginElement, Tag: tag, Scope: scope);

    public static PdfOp End() => new(PdfOpKind.EndElement);

    public static PdfOp BeginArtifact() => new(PdfOpKind.BeginArtifact);

    public static PdfOp EndArtifact() => new(PdfOpKind.EndArtifact);
}
