namespace Civitas.Platform.Documents;

/// <summary>Declares a <see cref="TableBlock"/>: columns first, then rows, then the optional total row.</summary>
public sealed class TableBuilder
{
    private readonly string _caption;
    private readonly List<TableColumn> _columns = [];
    private readonly List<IReadOnlyList<string>> _rows = [];
    private string[]? _total;

    internal TableBuilder(string caption) => _caption = caption;

    /// <summary>Adds a column.</summary>
    /// <param name="header">The header cell's text.</param>
    /// <param name="width">Relative width (any positive number; widths are shares of their sum).</param>
    /// <param name="alignment">Right for amounts and numbers.</param>
    public TableBuilder Column(string header, double width = 1, ColumnAlignment alignment = ColumnAlignment.Left)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (!(width > 0) || double.IsInfinity(width)) throw new ArgumentOutOfRangeException(nameof(width), width, "A column width must be a positive number.");
        if (_rows.Count > 0 || _total is not null) throw new InvalidOperationException("Declare every column before the first row.");
        _columns.Add(new TableColumn(header, width, alignment));
        return this;
    }

    /// <summary>Adds a row: one formatted cell per column.</summary>
    public TableBuilder Row(params string?[] cells)
    {
        _rows.Add(Check(cells));
        return this;
    }

    /// <summary>Adds one row per item.</summary>
    public TableBuilder Rows<T>(IEnumerable<T> items, Func<T, string?[]> cells)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var item in items) _rows.Add(Check(cells(item)));
        return this;
    }

    /// <summary>Sets the total row (one cell per column; leave cells empty where nothing is summed).</summary>
    public TableBuilder Total(params string?[] cells)
    {
        _total = Check(cells);
        return this;
    }

    internal TableBlock Build()
    {
        if (_columns.Count == 0) throw new InvalidOperationException("A table needs at least one column.");
        return new TableBlock(_caption, _columns.ToArray(), _rows.ToArray(), _total);
    }

    private string[] Check(string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (_columns.Count == 0) throw new InvalidOperationException("Declare the columns before the rows.");
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException($"The table has {_columns.Count} columns but the row has {cells.Length} cells.", nameof(cells));
        }
        return [.. cells.Select(c => c ?? "")];
    }
}
