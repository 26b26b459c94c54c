using System.Globalization;
using System.Text;
using Civitas.Platform.Calendar;
using CsvHelper;
using CsvHelper.Configuration;

namespace Civitas.Platform.Documents.Exports;

/// <summary>Streams rows to CSV with CsvHelper 33: a row at a time, drained to the output every 64 KiB.</summary>
internal static class CsvExportWriter
{
    private const int FlushEveryRows = 128;
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static async Task WriteAsync<T>(Stream output, ExportTable<T> table, IAsyncEnumerable<T> rows, CsvExportOptions options, CancellationToken ct)
    {
        var columns = table.Columns;
        if (columns.Count == 0) throw new InvalidOperationException("An export needs at least one column.");
        var delimiter = options.Delimiter == CsvDelimiter.Comma ? "," : ";";
        var polish = options.Numbers == CsvNumberFormat.Polish;
        var numbers = polish ? Polish : CultureInfo.InvariantCulture;
        var numberFormats = columns.Select(c => "F" + c.Decimals.ToString(CultureInfo.InvariantCulture)).ToArray();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            NewLine = "\r\n",
            // CsvHelper's own injection guard would also touch negative numbers ("-12,50");
            // text columns are guarded below instead.
            InjectionOptions = InjectionOptions.None,
        };

        using var pending = new PendingOutput();
        // The byte-order mark tells Excel the file is UTF-8 (it assumes Windows-1250 otherwise).
        using (var text = new StreamWriter(pending, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true))
        using (var csv = new CsvWriter(text, config, leaveOpen: true))
        {
            foreach (var column in columns) csv.WriteField(column.Header);
            csv.NextRecord();
            var count = 0L;
            await foreach (var row in rows.WithCancellation(ct))
            {
                for (var i = 0; i < columns.Count; i++) csv.WriteField(Format(columns[i], row, numbers, numberFormats[i], polish));
                csv.NextRecord();
                if (++count % FlushEveryRows == 0)
                {
                    // CsvHelper and the StreamWriter each buffer a little: push both into the pending
                    // buffer, and drain that to the output once it is worth a write.
                    csv.Flush();
                    text.Flush();
                    if (pending.ShouldDrain) await pending.DrainToAsync(output, ct);
                }
            }
            csv.Flush();
            text.Flush();
        }
        await pending.DrainToAsync(output, ct);
        await output.FlushAsync(ct);
    }

    private static string? Format<T>(ExportColumn<T> column, T row, CultureInfo numbers, string numberFormat, bool polish)
    {
        switch (column.Kind)
        {
            case ExportColumnKind.Text:
                return Guard(column.TextValue!(row));
            case ExportColumnKind.Number:
                return column.NumberValue!(row)?.ToString(numberFormat, numbers);
            case ExportColumnKind.Integer:
                return column.IntegerValue!(row)?.ToString(CultureInfo.InvariantCulture);
            case ExportColumnKind.Date:
                return column.DateValue!(row)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case ExportColumnKind.Timestamp:
                if (column.TimestampValue!(row) is not { } instant) return null;
                var warsaw = TimeZoneInfo.ConvertTime(instant, WarsawTime.Zone);
                return polish
                    ? warsaw.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
                    : warsaw.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            default:
                throw new NotSupportedException(column.Kind.ToString());
        }
    }

    /// <summary>OWASP "CSV injection": a cell starting with = + - @ (or a tab or carriage return) is run
    /// as a formula by spreadsheets. An apostrophe in front makes it text.</summary>
    private static string? Guard(string? value)
        => value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
