using Civitas.Platform.Documents.Exports;

namespace Civitas.Platform.Documents;

/// <summary>
/// The columns of a CSV or XLSX export of rows of <typeparamref name="T"/>, each with its header and
/// how to read its value from a row. Typed columns keep numbers numbers and dates dates in XLSX:
/// <code>
/// var columns = new ExportTable&lt;OfferRow&gt;()
///     .Text("Oferent", o => o.Applicant)
///     .Number("Wnioskowana kwota [zł]", o => o.Amount)
///     .Date("Data złożenia", o => o.SubmittedOn);
/// return TableExport.Xlsx("Oferty – konkurs 1/2026", columns, query.AsAsyncEnumerable());
/// </code>
/// </summary>
/// <typeparam name="T">The row type (usually a small projected record).</typeparam>
public sealed class ExportTable<T>
{
    private readonly List<ExportColumn<T>> _columns = [];

    internal IReadOnlyList<ExportColumn<T>> Columns => _columns;

    /// <summary>A text column. In CSV, text that a spreadsheet would run as a formula
    /// (starting with = + - @) is prefixed with an apostrophe.</summary>
    public ExportTable<T> Text(string header, Func<T, string?> value)
        => Add(new ExportColumn<T>(header, ExportColumnKind.Text) { TextValue = value });

    /// <summary>A decimal column (amounts in zł, percentages) shown with <paramref name="decimals"/> places.</summary>
    public ExportTable<T> Number(string header, Func<T, decimal?> value, int decimals = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 6);
        return Add(new ExportColumn<T>(header, ExportColumnKind.Number) { NumberValue = value, Decimals = decimals });
    }

    /// <summary>A whole-number column (counts, ordinal numbers).</summary>
    public ExportTable<T> Integer(string header, Func<T, long?> value)
        => Add(new ExportColumn<T>(header, ExportColumnKind.Integer) { IntegerValue = value });

    /// <summary>A date column (ISO 8601 in CSV, a real date in XLSX).</summary>
    public ExportTable<T> Date(string header, Func<T, DateOnly?> value)
        => Add(new ExportColumn<T>(header, ExportColumnKind.Date) { DateValue = value });

    /// <summary>An instant shown as date and time on the Warsaw clock (Europe/Warsaw, summer time included).</summary>
    public ExportTable<T> Timestamp(string header, Func<T, DateTimeOffset?> value)
        => Add(new ExportColumn<T>(header, ExportColumnKind.Timestamp) { TimestampValue = value });

    private ExportTable<T> Add(ExportColumn<T> column)
    {
        ArgumentNullException.ThrowIfNull(column.Header);
        _columns.Add(column);
        return this;
    }
}
