namespace Civitas.Organisations.Import;

/// <summary>What the dry run (or the import) found: counts, and every bad row with its reasons.
/// Errors are kept as codes and arguments, so the report reads in the viewer's language.</summary>
internal sealed record ImportReport
{
    public int Rows { get; init; }
    public int Created { get; init; }
    public int Updated { get; init; }
    public int Listed { get; init; }
    public int Unchanged { get; init; }
    public IReadOnlyList<ImportRowProblem> Problems { get; init; } = [];
    public bool Imported { get; init; }

    public int Invalid => Problems.Count;
    public int Importable => Created + Updated + Listed;
}

/// <summary>A bad row: its line in the file, the name it carries (if any) and why it is refused.</summary>
internal sealed record ImportRowProblem(int Line, string? Name, IReadOnlyList<ImportRowError> Errors);

/// <summary>One reason: the column (header text; empty for the row as a whole), an error code of the
/// module's texts ("Error." + code) and its arguments.</summary>
internal sealed record ImportRowError(string Column, string Code, IReadOnlyList<string> Args);
