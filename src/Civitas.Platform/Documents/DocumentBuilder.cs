namespace Civitas.Platform.Documents;

/// <summary>
/// Builds a <see cref="DocumentModel"/> top to bottom:
/// <code>
/// var document = new DocumentBuilder("Oferta realizacji zadania publicznego", DocumentLanguage.Polish)
///     .Author("Fundacja Przykładowa").Subject("Konkurs 1/2026")
///     .Heading(1, "I. Podstawowe informacje o złożonej ofercie")
///     .KeyValues("Dane oferenta", ("Nazwa", "Fundacja Przykładowa"), ("Numer KRS", "0000123456"))
///     .Paragraph(TextRun.Bold("Opis zadania: "), TextRun.Plain(description))
///     .Table("Zestawienie kosztów", t => t
///         .Column("Lp.", 0.5, ColumnAlignment.Right).Column("Rodzaj kosztu", 5).Column("Kwota [zł]", 1.5, ColumnAlignment.Right)
///         .Row("1", "Wynajem sali", "1 200,00")
///         .Total("", "Razem", "1 200,00"))
///     .Signatures("Łódź, 12 marca 2026 r.", new SignatureLine("podpis osoby upoważnionej"))
///     .Build();
/// </code>
/// Misuse (a heading level of 4, a row with too few cells) throws: it is a bug in the caller.
/// </summary>
public sealed class DocumentBuilder
{
    private readonly string _title;
    private readonly DocumentLanguage _language;
    private readonly List<DocumentBlock> _blocks = [];
    private string? _author;
    private string? _subject;
    private DateTimeOffset? _created;
    private string? _footer;

    /// <summary>Starts a document.</summary>
    /// <param name="title">The title (top heading, file properties).</param>
    /// <param name="language">The language of the content.</param>
    public DocumentBuilder(string title, DocumentLanguage language = DocumentLanguage.Polish)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        _title = title;
        _language = language;
    }

    /// <summary>Sets the author (person, organisation or office).</summary>
    public DocumentBuilder Author(string? author)
    {
        _author = author;
        return this;
    }

    /// <summary>Sets the subject.</summary>
    public DocumentBuilder Subject(string? subject)
    {
        _subject = subject;
        return this;
    }

    /// <summary>Sets the creation time (default: the renderer's clock).</summary>
    public DocumentBuilder Created(DateTimeOffset created)
    {
        _created = created;
        return this;
    }

    /// <summary>Sets the line printed at the foot of every page (e.g. a checksum).</summary>
    public DocumentBuilder Footer(string? text)
    {
        _footer = text;
        return this;
    }

    /// <summary>Adds a section heading, level 1 (highest, below the title) to 3.</summary>
    public DocumentBuilder Heading(int level, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        ArgumentNullException.ThrowIfNull(text);
        return Add(new HeadingBlock(level, text));
    }

    /// <summary>Adds a paragraph of plain text.</summary>
    public DocumentBuilder Paragraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Add(new ParagraphBlock([new TextRun(text)]));
    }

    /// <summary>Adds a paragraph of runs with emphasis.</summary>
    public DocumentBuilder Paragraph(params TextRun[] runs) => Add(new ParagraphBlock(Runs(runs)));

    /// <summary>Adds a bulleted list of plain-text items.</summary>
    public DocumentBuilder BulletList(params string[] items) => Add(new ListBlock(false, Items(items)));

    /// <summary>Adds a numbered list (1., 2., …) of plain-text items.</summary>
    public DocumentBuilder NumberedList(params string[] items) => Add(new ListBlock(true, Items(items)));

    /// <summary>Adds a list whose items have emphasis.</summary>
    public DocumentBuilder List(bool numbered, IEnumerable<ParagraphBlock> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Add(new ListBlock(numbered, [.. items]));
    }

    /// <summary>Adds label–value pairs (an offeror's data).</summary>
    /// <param name="caption">What the pairs describe, or null when a heading just above says it.</param>
    /// <param name="rows">The pairs.</param>
    public DocumentBuilder KeyValues(string? caption, params (string Label, string? Value)[] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Add(new KeyValueBlock(caption, [.. rows.Select(r => new KeyValueRow(r.Label ?? "", r.Value ?? ""))]));
    }

    /// <summary>Adds a data table.</summary>
    /// <param name="caption">What the table shows (its accessible name).</param>
    /// <param name="build">Declares the columns, rows and optional total row.</param>
    public DocumentBuilder Table(string caption, Action<TableBuilder> build)
    {
        ArgumentNullException.ThrowIfNull(caption);
        ArgumentNullException.ThrowIfNull(build);
        var table = new TableBuilder(caption);
        build(table);
        return Add(table.Build());
    }

    /// <summary>Starts a new page (PDF, DOCX).</summary>
    public DocumentBuilder PageBreak() => Add(PageBreakBlock.Instance);

    /// <summary>Adds the signature block.</summary>
    /// <param name="placeAndDate">"Łódź, 12 marca 2026 r.", or null.</param>
    /// <param name="lines">The lines to sign on.</param>
    public DocumentBuilder Signatures(string? placeAndDate, params SignatureLine[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Add(new SignatureBlock(placeAndDate, [.. lines]));
    }

    /// <summary>Adds small print.</summary>
    public DocumentBuilder Note(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Add(new NoteBlock([new TextRun(text)]));
    }

    /// <summary>Adds small print with emphasis.</summary>
    public DocumentBuilder Note(params TextRun[] runs) => Add(new NoteBlock(Runs(runs)));

    /// <summary>Adds a block built elsewhere (e.g. a section shared by several documents).</summary>
    public DocumentBuilder Add(DocumentBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _blocks.Add(block);
        return this;
    }

    /// <summary>The finished, immutable document.</summary>
    public DocumentModel Build()
        => new(_title, _language, new DocumentMetadata(_author, _subject, _created), _blocks.ToArray(), _footer);

    private static TextRun[] Runs(TextRun[] runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        foreach (var run in runs) ArgumentNullException.ThrowIfNull(run);
        return [.. runs];
    }

    private static ParagraphBlock[] Items(string[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return [.. items.Select(i => new ParagraphBlock([new TextRun(i ?? "")]))];
    }
}
