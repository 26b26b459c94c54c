namespace Civitas.Platform.Documents.Exports;

/// <summary>A column of an export; exactly one of the value readers is set, matching <see cref="Kind"/>.</summary>
internal sealed class ExportColumn<T>(string header, ExportColumnKind kind)
{
    public string Header { get; } = header;
    public ExportColumnKind Kind { get; } = kind;
    public int Decimals { get; init; }
    public Func<T, string?>? TextValue { get; init; }
    public Func<T, decimal?>? NumberValue { get; init; }
    public Func<T, long?>? IntegerValue { get; init; }
    public Func<T, DateOnly?>? DateValue { get; init; }
    public Func<T, DateTimeOffset?>? TimestampValue { get; init; }
}
