using System.Globalization;
using System.Text;
using Civitas.Platform.Documents;
using CsvHelper;
using CsvHelper.Configuration;

namespace Civitas.Platform.Tests.Documents;

public sealed class CsvExportTests
{
    [Fact]
    public async Task A_CSV_for_Polish_Excel_reads_back_with_Polish_letters_decimal_commas_and_Warsaw_times()
    {
        var bytes = await Export(CsvExportOptions.Excel, ExportRow.Sample(1), ExportRow.Sample(2), new ExportRow(3, null, null, null, null));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Read(bytes, ";");
        Assert.Equal(["Lp.", "Oferent", "Kwota [zł]", "Data złożenia", "Podpisano"], rows[0]);
        Assert.Equal(["1", "Stowarzyszenie „Źdźbło” nr 1 – Łódź", "1134,50", "2026-01-02", "2026-03-29 01:31"], rows[1]);
        // 00:32 UTC on the last Sunday of March is 01:32 CET; the clocks go forward at 01:00 UTC.
        Assert.Equal(["2", "Stowarzyszenie „Źdźbło” nr 2 – Łódź", "2369,00", "2026-01-03", "2026-03-29 01:32"], rows[2]);
        Assert.Equal(["3", "", "", "", ""], rows[3]);
    }

    [Fact]
    public async Task An_open_data_CSV_uses_commas_decimal_points_and_ISO_8601_with_offset()
    {
        var summer = new ExportRow(1, "Koło Gospodyń Wiejskich, Żółkiewka", -12.5m, new DateOnly(2026, 7, 1), new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero));
        var rows = Read(await Export(CsvExportOptions.OpenData, summer), ",");
        Assert.Equal(["1", "Koło Gospodyń Wiejskich, Żółkiewka", "-12.50", "2026-07-01", "2026-07-01T12:00:00+02:00"], rows[1]);
    }

    [Fact]
    public async Task Text_a_spreadsheet_would_run_as_a_formula_is_defused_but_negative_amounts_are_not()
    {
        var rows = Read(await Export(CsvExportOptions.Excel,
            new ExportRow(1, "=HYPERLINK(\"http://zlo.example\";\"kliknij\")", -5m, null, null),
            new ExportRow(2, "@SUM(A1)", 0m, null, null),
            new ExportRow(3, "-2+3", 1m, null, null),
            new ExportRow(4, "zwykły tekst", 1m, null, null)), ";");
        Assert.Equal("'=HYPERLINK(\"http://zlo.example\";\"kliknij\")", rows[1][1]);
        Assert.Equal("-5,00", rows[1][2]);
        Assert.Equal("'@SUM(A1)", rows[2][1]);
        Assert.Equal("'-2+3", rows[3][1]);
        Assert.Equal("zwykły tekst", rows[4][1]);
    }

    [Fact]
    public async Task Delimiters_quotes_and_line_breaks_in_text_round_trip()
    {
        var tricky = "Fundacja \"Ład\"; oddział\nw Łodzi, ul. Piotrkowska";
        var rows = Read(await Export(CsvExportOptions.Excel, new ExportRow(1, tricky, 1m, null, null)), ";");
        Assert.Equal(tricky, rows[1][1]);
        Assert.Equal(2, rows.Count);
    }

    private static async Task<byte[]> Export(CsvExportOptions options, params ExportRow[] rows)
    {
        using var output = new MemoryStream();
        await TableExport.WriteCsvAsync(output, ExportRow.Columns(), rows.ToAsyncEnumerable(), options);
        return output.ToArray();
    }

    private static List<string[]> Read(byte[] bytes, string delimiter)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, HasHeaderRecord = false });
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i)!).ToArray());
        return rows;
    }
}
