using System.Globalization;
using Civitas.Platform.Documents;
using Civitas.Platform.Documents.Exports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Civitas.Platform.Tests.Documents;

public sealed class XlsxExportTests
{
    [Fact]
    public async Task The_workbook_opens_with_text_numbers_and_dates_as_their_own_cell_types()
    {
        using var book = await Export(ExportRow.Columns(), ExportRow.Sample(1), new ExportRow(2, "  spacje  ", null, null, null));
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(book).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var (name, rows) = Sheets(book).Single();
        Assert.Equal("Dane", name);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Lp.", "Oferent", "Kwota [zł]", "Data złożenia", "Podpisano"], rows[0].Select(c => InlineText(c)));
        Assert.All(rows[0], c => Assert.True(IsBold(book, c), "header cells are bold"));

        var first = rows[1];
        Assert.Null(first[0].DataType);
        Assert.Equal(1m, Number(first[0]));
        Assert.Equal(CellValues.InlineString, first[1].DataType!.Value);
        Assert.Equal("Stowarzyszenie „Źdźbło” nr 1 – Łódź", InlineText(first[1]));
        Assert.Equal(1134.5m, Number(first[2]));
        Assert.Equal("#,##0.00", FormatCode(book, first[2]));
        Assert.Equal(new DateOnly(2026, 1, 2), DateOnly.FromDateTime(DateTime.FromOADate((double)Number(first[3]))));
        Assert.Equal("yyyy\\-mm\\-dd", FormatCode(book, first[3]));
        Assert.Equal(new DateTime(2026, 3, 29, 1, 31, 0), DateTime.FromOADate((double)Number(first[4])));
        Assert.Equal("yyyy\\-mm\\-dd\\ hh:mm", FormatCode(book, first[4]));

        // Missing values stay empty cells in their columns; spaces are kept.
        Assert.Equal("  spacje  ", InlineText(rows[2][1]));
        Assert.Equal(5, rows[2].Count);
        Assert.Null(rows[2][2].CellValue);
    }

    [Fact]
    public async Task The_header_row_is_frozen_and_filtered()
    {
        using var book = await Export(ExportRow.Columns(), ExportRow.Sample(1), ExportRow.Sample(2));
        var sheet = book.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A1:E3", sheet.Elements<AutoFilter>().Single().Reference!.Value);
    }

    [Fact]
    public async Task An_export_longer_than_a_sheet_continues_on_numbered_sheets_with_their_own_header()
    {
        using var output = new MemoryStream();
        await XlsxExportWriter.WriteAsync(output, ExportRow.Columns(), ExportRow.Many(25), new XlsxExportOptions { SheetName = "Oferty: 2026/1" }, default, maxRowsPerSheet: 10);
        output.Position = 0;
        using var book = SpreadsheetDocument.Open(output, false);
        var sheets = Sheets(book);
        Assert.Equal(["Oferty- 2026-1", "Oferty- 2026-1 (2)", "Oferty- 2026-1 (3)"], sheets.Select(s => s.Name));
        Assert.All(sheets, s => Assert.Equal("Oferent", InlineText(s.Rows[0][1])));
        var numbers = sheets.SelectMany(s => s.Rows.Skip(1)).Select(r => Number(r[0])).ToList();
        Assert.Equal(Enumerable.Range(1, 25).Select(i => (decimal)i), numbers);
    }

    [Fact]
    public async Task An_export_without_rows_has_its_header()
    {
        using var book = await Export(ExportRow.Columns());
        var (_, rows) = Sheets(book).Single();
        Assert.Single(rows);
        Assert.Equal("Podpisano", InlineText(rows[0][4]));
    }

    private static async Task<SpreadsheetDocument> Export(ExportTable<ExportRow> columns, params ExportRow[] rows)
    {
        var output = new MemoryStream();
        await TableExport.WriteXlsxAsync(output, columns, rows.ToAsyncEnumerable());
        output.Position = 0;
        return SpreadsheetDocument.Open(output, false);
    }

    private static List<(string Name, List<List<Cell>> Rows)> Sheets(SpreadsheetDocument book)
    {
        var workbook = book.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().Select(s =>
        {
            var part = (WorksheetPart)workbook.GetPartById(s.Id!.Value!);
            var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
            return (s.Name!.Value!, rows);
        }).ToList();
    }

    private static string InlineText(Cell cell) => cell.InlineString!.Text!.Text;

    private static decimal Number(Cell cell) => decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static CellFormat Format(SpreadsheetDocument book, Cell cell)
        => book.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private static bool IsBold(SpreadsheetDocument book, Cell cell)
        => book.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Format(book, cell).FontId!.Value).Bold is not null;

    private static string FormatCode(SpreadsheetDocument book, Cell cell)
    {
        var id = Format(book, cell).NumberFormatId!.Value;
        return book.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!;
    }
}
