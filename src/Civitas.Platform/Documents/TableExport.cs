using Civitas.Platform.Documents.Exports;

namespace Civitas.Platform.Documents;

/// <summary>
/// Streams rows to CSV or XLSX with flat memory: rows are read one at a time from an
/// <see cref="IAsyncEnumerable{T}"/> (an EF query's <c>AsAsyncEnumerable()</c>, or
/// <c>list.ToAsyncEnumerable()</c>) and the file goes out to the stream in 64 KiB pieces while the
/// rows are still being read. Writes to the output are asynchronous only, as Kestrel requires.
/// <code>
/// // Razor page handler or minimal API endpoint:
/// public DownloadResult OnGetXlsx() => TableExport.Xlsx("Oferty 2026", columns,
///     _db.Offers.AsNoTracking().OrderBy(o => o.Number).Select(o => new OfferRow(...)).AsAsyncEnumerable());
/// </code>
/// </summary>
public static class TableExport
{
    /// <summary>MIME type of CSV exports (with the charset, for browsers that show it).</summary>
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>MIME type of XLSX exports.</summary>
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes a CSV file (UTF-8 with BOM, header row first) to <paramref name="output"/>.</summary>
    public static Task WriteCsvAsync<T>(Stream output, ExportTable<T> table, IAsyncEnumerable<T> rows, CsvExportOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        return CsvExportWriter.WriteAsync(output, table, rows, options ?? CsvExportOptions.Excel, ct);
    }

    /// <summary>Writes an XLSX workbook (bold, frozen header row with an autofilter; typed cells) to <paramref name="output"/>.</summary>
    public static Task WriteXlsxAsync<T>(Stream output, ExportTable<T> table, IAsyncEnumerable<T> rows, XlsxExportOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        return XlsxExportWriter.WriteAsync(output, table, rows, options ?? XlsxExportOptions.Default, ct);
    }

    /// <summary>A CSV download streamed while the response is written. <paramref name="fileName"/> may
    /// hold Polish letters; ".csv" is added.</summary>
    public static DownloadResult Csv<T>(string fileName, ExportTable<T> table, IAsyncEnumerable<T> rows, CsvExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        return new DownloadResult(DownloadResult.SafeFileName(fileName, ".csv", "eksport"), CsvContentType,
            (body, ct) => WriteCsvAsync(body, table, rows, options, ct));
    }

    /// <summary>An XLSX download streamed while the response is written. <paramref name="fileName"/> may
    /// hold Polish letters; ".xlsx" is added.</summary>
    public static DownloadResult Xlsx<T>(string fileName, ExportTable<T> table, IAsyncEnumerable<T> rows, XlsxExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        return new DownloadResult(DownloadResult.SafeFileName(fileName, ".xlsx", "eksport"), XlsxContentType,
            (body, ct) => WriteXlsxAsync(body, table, rows, options, ct));
    }
}
