namespace Civitas.Platform.Documents;

/// <summary>The field separator of a CSV export.</summary>
public enum CsvDelimiter
{
    /// <summary><c>;</c>, what Excel expects where the decimal separator is a comma (Polish Windows).</summary>
    Semicolon,

    /// <summary><c>,</c>, the RFC 4180 default (open data).</summary>
    Comma,
}
