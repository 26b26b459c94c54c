namespace Civitas.Platform.Documents;

/// <summary>How a CSV export writes numbers and times. No thousands separators either way.</summary>
public enum CsvNumberFormat
{
    /// <summary>Decimal comma (<c>1234,50</c>) and <c>yyyy-MM-dd HH:mm</c> times, for Excel in Polish.</summary>
    Polish,

    /// <summary>Decimal point (<c>1234.50</c>) and ISO 8601 times with offset, for programs.</summary>
    Invariant,
}
