namespace Civitas.Platform.Documents.Pdf;

/// <summary>A cell to lay out: its text, emphasis, alignment and structure role.</summary>
internal sealed record PdfTableCell(IReadOnlyList<TextRun> Runs, TextStyle Style, ColumnAlignment Alignment, PdfTag Tag, PdfScope Scope = PdfScope.None)
{
    public static PdfTableCell Data(string text, ColumnAlignment alignment, TextStyle style = TextStyle.Normal)
        => new([new TextRun(text)], style, alignment, PdfTag.TableDataCell);
}
