namespace Civitas.Platform.Documents;

/// <summary>How a CSV export is written. The file is always UTF-8 with a byte-order mark, so Excel in
/// Polish Windows shows "Łódź", not "ĹĂłdĹş"; dates are ISO 8601.</summary>
public sealed record CsvExportOptions
{
    /// <summary>For Excel in Polish: semicolons, decimal commas (<c>1234,50</c>), time as <c>2026-03-12 14:05</c>. The default.</summary>
    public static CsvExportOptions Excel { get; } = new();

    /// <summary>For open data and programs: commas, decimal points (<c>1234.50</c>), time as
    /// ISO 8601 with the Warsaw offset (<c>2026-03-12T14:05:00+01:00</c>).</summary>
    public static CsvExportOptions OpenData { get; } = new() { Delimiter = CsvDelimiter.Comma, Numbers = CsvNumberFormat.Invariant };

    /// <summary>The field separator.</summary>
    public CsvDelimiter Delimiter { get; init; } = CsvDelimiter.Semicolon;

    /// <summary>How numbers and times are written.</summary>
    public CsvNumberFormat Numbers { get; init; } = CsvNumberFormat.Polish;
}
