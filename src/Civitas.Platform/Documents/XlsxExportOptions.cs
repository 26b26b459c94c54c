namespace Civitas.Platform.Documents;

/// <summary>How an XLSX export is written.</summary>
public sealed record XlsxExportOptions
{
    /// <summary>The defaults.</summary>
    public static XlsxExportOptions Default { get; } = new();

    /// <summary>The worksheet's name (at most 31 characters; <c>[]:*?/\</c> are replaced). Null: "Dane" / "Data"
    /// in the current UI language. An export longer than a worksheet's 1 048 575 rows continues on
    /// "Dane (2)", "Dane (3)"…</summary>
    public string? SheetName { get; init; }
}
