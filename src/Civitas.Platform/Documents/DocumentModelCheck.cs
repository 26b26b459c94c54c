namespace Civitas.Platform.Documents;

/// <summary>The builder cannot produce a malformed model, but the records are public and can be built by
/// hand. A malformed one is a bug in the caller: refuse it with a message that names the block, before
/// any renderer trips over it halfway through a file.</summary>
internal static class DocumentModelCheck
{
    public static void Validate(DocumentModel document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Title)) throw Invalid("the document has no title");
        if (document.Metadata is null) throw Invalid("the document has no metadata");
        if (document.Blocks is null) throw Invalid("the document has no block list");
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var where = $"block {i + 1}";
            switch (document.Blocks[i])
            {
                case null:
                    throw Invalid($"{where} is null");
                case HeadingBlock h when h.Level is < 1 or > 3 || h.Text is null:
                    throw Invalid($"{where}: a heading needs a level of 1 to 3 and a text");
                case ParagraphBlock p:
                    Runs(p.Runs, where);
                    break;
                case NoteBlock n:
                    Runs(n.Runs, where);
                    break;
                case ListBlock l:
                    if (l.Items is null || l.Items.Any(item => item is null)) throw Invalid($"{where}: a list item is missing");
                    foreach (var item in l.Items) Runs(item.Runs, where);
                    break;
                case KeyValueBlock kv when kv.Rows is null || kv.Rows.Any(r => r is null):
                    throw Invalid($"{where}: a label-value row is missing");
                case TableBlock t:
                    Table(t, $"{where} (table \"{t.Caption}\")");
                    break;
                case SignatureBlock s when s.Lines is null || s.Lines.Any(l => l is null):
                    throw Invalid($"{where}: a signature line is missing");
            }
        }
    }

    private static void Runs(IReadOnlyList<TextRun>? runs, string where)
    {
        if (runs is null || runs.Any(r => r is null)) throw Invalid($"{where}: a text run is missing");
    }

    private static void Table(TableBlock table, string where)
    {
        if (table.Columns is null || table.Columns.Count == 0 || table.Columns.Any(c => c is null)) throw Invalid($"{where} has no columns");
        if (table.Columns.Any(c => !(c.Width > 0) || double.IsInfinity(c.Width))) throw Invalid($"{where}: a column width is not a positive number");
        if (table.Rows is null) throw Invalid($"{where} has no row list");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (table.Rows[r]?.Count != table.Columns.Count) throw Invalid($"{where}: row {r + 1} does not have {table.Columns.Count} cells");
        }
        if (table.TotalRow is { } total && total.Count != table.Columns.Count) throw Invalid($"{where}: the total row does not have {table.Columns.Count} cells");
    }

    private static ArgumentException Invalid(string problem) => new($"Malformed document: {problem}.", "document");
}
