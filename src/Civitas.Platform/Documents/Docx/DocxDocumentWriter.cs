using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Civitas.Platform.Documents.Docx;

/// <summary>
/// The document as a Word file officials can edit: Title and Heading1–3 styles (navigation pane,
/// table of contents), real tables with a repeating header row and a table caption, numbered and
/// bulleted lists through numbering definitions, A4 page, a footer with the running text and
/// "Strona X z Y" as PAGE/NUMPAGES fields, the content language on every run (spelling), core
/// properties (title, author, subject, created).
/// </summary>
internal sealed class DocxDocumentWriter
{
    // A4 in twentieths of a point; 2 cm margins.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1134;
    private const int TextWidth = PageWidth - (2 * Margin);
    private const string Font = "Arial";
    private const int BulletAbstractId = 1;
    private const int NumberedAbstractId = 2;
    private const int BulletNumId = 1;

    private readonly DocumentModel _model;
    private readonly Body _body = new();
    private readonly Numbering _numbering = new();
    private int _nextNumId = BulletNumId + 1;

    private DocxDocumentWriter(DocumentModel model) => _model = model;

    public static void Write(DocumentModel model, DateTimeOffset created, Stream output)
    {
        var writer = new DocxDocumentWriter(model);
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        var properties = package.PackageProperties;
        properties.Title = XmlText.Clean(model.Title);
        properties.Creator = XmlText.Clean(model.Metadata.Author);
        properties.Subject = XmlText.Clean(model.Metadata.Subject);
        properties.Created = created.UtcDateTime;
        properties.Modified = created.UtcDateTime;
        properties.Language = DocumentText.LanguageTag(model.Language);

        var main = package.AddMainDocumentPart();
        writer.Build();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = Styles(DocumentText.LanguageTag(model.Language));
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = writer._numbering;
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new DefaultTabStop { Val = 708 },
            new Compatibility(new CompatibilitySetting
            {
                // Word 2013+ layout; without it Word opens the file in compatibility mode.
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = writer.Footer();
        var section = new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 567, Footer = 567, Gutter = 0 });
        writer._body.Append(section);
        main.Document = new Document(writer._body);
    }

    private void Build()
    {
        _numbering.Append(AbstractNumbering(BulletAbstractId, NumberFormatValues.Bullet, "•"));
        _numbering.Append(AbstractNumbering(NumberedAbstractId, NumberFormatValues.Decimal, "%1."));
        // Number instances must follow every abstract definition (schema order).
        _numbering.Append(new NumberingInstance(new AbstractNumId { Val = BulletAbstractId }) { NumberID = BulletNumId });

        _body.Append(StyledParagraph("Title", [new TextRun(_model.Title)]));
        foreach (var block in _model.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    _body.Append(StyledParagraph("Heading" + h.Level.ToString(CultureInfo.InvariantCulture), [new TextRun(h.Text)]));
                    break;
                case ParagraphBlock p:
                    _body.Append(StyledParagraph(null, p.Runs));
                    break;
                case ListBlock l:
                    List(l);
                    break;
                case KeyValueBlock kv:
                    KeyValues(kv);
                    break;
                case TableBlock t:
                    Table(t);
                    break;
                case PageBreakBlock:
                    _body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                    break;
                case SignatureBlock s:
                    Signatures(s);
                    break;
                case NoteBlock n:
                    _body.Append(StyledParagraph("Note", n.Runs));
                    break;
                default:
                    throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
            }
        }
    }

    private void List(ListBlock list)
    {
        if (list.Items.Count == 0) return;
        var numId = BulletNumId;
        if (list.Numbered)
        {
            // Each numbered list is its own instance restarting at 1.
            numId = _nextNumId++;
            _numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = NumberedAbstractId },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            { NumberID = numId });
        }
        foreach (var item in list.Items)
        {
            var paragraph = new Paragraph(new ParagraphProperties(
                new ParagraphStyleId { Val = "ListParagraph" },
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId })));
            AppendRuns(paragraph, item.Runs, TextStyle.Normal);
            _body.Append(paragraph);
        }
    }

    private void KeyValues(KeyValueBlock block)
    {
        if (block.Rows.Count == 0) return;
        if (block.Caption is { Length: > 0 } caption) _body.Append(CaptionParagraph(caption));
        int[] widths = [TextWidth * 36 / 100, TextWidth - (TextWidth * 36 / 100)];
        var table = NewTable(widths, block.Caption);
        foreach (var row in block.Rows)
        {
            table.Append(new TableRow(
                Cell(widths[0], row.Label, TextStyle.Bold, ColumnAlignment.Left, shaded: false),
                Cell(widths[1], row.Value, TextStyle.Normal, ColumnAlignment.Left, shaded: false)));
        }
        _body.Append(table);
        _body.Append(Spacer());
    }

    private void Table(TableBlock block)
    {
        _body.Append(CaptionParagraph(block.Caption));
        var sum = block.Columns.Sum(c => c.Width);
        var widths = block.Columns.Select(c => (int)Math.Round(TextWidth * c.Width / sum)).ToArray();
        var table = NewTable(widths, block.Caption);
        // The header row repeats at the top of every page the table spans, and is never split.
        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var i = 0; i < block.Columns.Count; i++)
        {
            header.Append(Cell(widths[i], block.Columns[i].Header, TextStyle.Bold, block.Columns[i].Alignment, shaded: true));
        }
        table.Append(header);
        foreach (var row in block.Rows) table.Append(Row(block, widths, row, TextStyle.Normal));
        if (block.TotalRow is { } total) table.Append(Row(block, widths, total, TextStyle.Bold));
        _body.Append(table);
        _body.Append(Spacer());
    }

    private static TableRow Row(TableBlock block, int[] widths, IReadOnlyList<string> cells, TextStyle style)
    {
        var row = new TableRow();
        for (var i = 0; i < cells.Count; i++) row.Append(Cell(widths[i], cells[i], style, block.Columns[i].Alignment, shaded: false));
        return row;
    }

    private static Table NewTable(int[] widths, string? caption)
    {
        var properties = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(),
                Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true });
        // Alternative text of the table (Word: Table Properties > Alt Text), read by screen readers.
        if (caption is { Length: > 0 }) properties.Append(new TableCaption { Val = XmlText.Clean(caption) });
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        return new Table(properties, grid);
    }

    private static T Border<T>()
        where T : BorderType, new()
        => new() { Val = BorderValues.Single, Size = 4u, Color = "464646" };

    private static TableCell Cell(int width, string text, TextStyle style, ColumnAlignment alignment, bool shaded)
    {
        var cellProperties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (shaded) cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E6E6E6" });
        var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = "TableText" });
        if (alignment == ColumnAlignment.Right) paragraphProperties.Append(new Justification { Val = JustificationValues.Right });
        var paragraph = new Paragraph(paragraphProperties);
        AppendRuns(paragraph, [new TextRun(text)], style);
        return new TableCell(cellProperties, paragraph);
    }

    private static Paragraph CaptionParagraph(string caption) => StyledParagraph("Caption", [new TextRun(caption)]);

    private static Paragraph Spacer() => new(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }));

    private void Signatures(SignatureBlock block)
    {
        if (block.PlaceAndDate is { Length: > 0 } placeAndDate)
        {
            var place = new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "480" }));
            AppendRuns(place, [new TextRun(placeAndDate)], TextStyle.Normal);
            _body.Append(place);
        }
        if (block.Lines.Count == 0) return;
        foreach (var chunk in block.Lines.Chunk(3))
        {
            // One signature goes on the right-hand side, as on paper forms; more share the width.
            var lines = chunk.Length == 1 ? [null, chunk[0]] : chunk.Select(l => (SignatureLine?)l).ToArray();
            var width = TextWidth / lines.Length;
            var widths = Enumerable.Repeat(width, lines.Length).ToArray();
            var table = new Table(
                new TableProperties(
                    new TableWidth { Width = (width * lines.Length).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableBorders(
                        new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                        new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                        new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    new TableCellMarginDefault(
                        new TableCellLeftMargin { Width = 240, Type = TableWidthValues.Dxa },
                        new TableCellRightMargin { Width = 240, Type = TableWidthValues.Dxa })),
                new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var line in lines)
            {
                var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
                if (line is null)
                {
                    cell.Append(new Paragraph());
                }
                else
                {
                    // The line to sign on is the top border of the name/caption paragraph; the space
                    // before it is room for the handwritten signature.
                    var signature = new Paragraph(new ParagraphProperties(
                        new KeepNext(),
                        new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 4u, Space = 1u, Color = "464646" }),
                        new SpacingBetweenLines { Before = "840", After = "0" },
                        new Justification { Val = JustificationValues.Center }));
                    if (line.Name is { Length: > 0 } name) AppendRuns(signature, [new TextRun(name)], TextStyle.Normal);
                    cell.Append(signature);
                    var caption = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Note" }, new Justification { Val = JustificationValues.Center }));
                    AppendRuns(caption, [new TextRun(line.Caption)], TextStyle.Italic);
                    cell.Append(caption);
                }
                row.Append(cell);
            }
            table.Append(row);
            _body.Append(table);
        }
        _body.Append(Spacer());
    }

    private Footer Footer()
    {
        var text = DocumentText.For(_model.Language);
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = "Footer" },
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth })));
        if (_model.FooterText is { Length: > 0 } footer) AppendRuns(paragraph, [new TextRun(footer)], TextStyle.Normal);
        paragraph.Append(new Run(new TabChar()));
        // "Strona {0} z {1}": the words come from the resources, the numbers are Word's fields.
        var format = text["Document.PageOfPages"];
        var position = 0;
        while (position < format.Length)
        {
            var open = format.IndexOf('{', position);
            if (open < 0 || open + 2 >= format.Length || format[open + 2] != '}')
            {
                paragraph.Append(TextRunElement(format[position..], TextStyle.Normal));
                break;
            }
            if (open > position) paragraph.Append(TextRunElement(format[position..open], TextStyle.Normal));
            var field = format[open + 1] == '0' ? "PAGE" : "NUMPAGES";
            paragraph.Append(new SimpleField(new Run(new Text("1"))) { Instruction = $" {field} \\* MERGEFORMAT " });
            position = open + 3;
        }
        return new Footer(paragraph);
    }

    private static Paragraph StyledParagraph(string? styleId, IReadOnlyList<TextRun> runs)
    {
        var paragraph = styleId is null ? new Paragraph() : new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        AppendRuns(paragraph, runs, TextStyle.Normal);
        return paragraph;
    }

    private static void AppendRuns(Paragraph paragraph, IReadOnlyList<TextRun> runs, TextStyle baseStyle)
    {
        foreach (var run in runs)
        {
            var lines = XmlText.Clean(run.Text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) paragraph.Append(new Run(new Break()));
                if (lines[i].Length > 0) paragraph.Append(TextRunElement(lines[i], baseStyle | run.Style));
            }
        }
    }

    private static Run TextRunElement(string text, TextStyle style)
    {
        var run = new Run();
        if (style != TextStyle.Normal)
        {
            var properties = new RunProperties();
            if (style.HasFlag(TextStyle.Bold)) properties.Append(new Bold());
            if (style.HasFlag(TextStyle.Italic)) properties.Append(new Italic());
            run.Append(properties);
        }
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static AbstractNum AbstractNumbering(int id, NumberFormatValues format, string text)
        => new(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = id };

    private static Styles Styles(string language)
    {
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "20" },
                new FontSizeComplexScript { Val = "20" },
                new Languages { Val = language, EastAsia = language, Bidi = language })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto })));
        return new Styles(
            defaults,
            ParagraphStyle("Normal", "Normal", null, isDefault: true),
            ParagraphStyle("Title", "Title", null, bold: true, size: 30, keepNext: true, spacingAfter: 240),
            ParagraphStyle("Heading1", "heading 1", 0, bold: true, size: 26, keepNext: true, spacingBefore: 280),
            ParagraphStyle("Heading2", "heading 2", 1, bold: true, size: 23, keepNext: true, spacingBefore: 200),
            ParagraphStyle("Heading3", "heading 3", 2, bold: true, size: 21, keepNext: true, spacingBefore: 160),
            ParagraphStyle("Caption", "caption", null, bold: true, size: 19, keepNext: true, spacingBefore: 120, spacingAfter: 60),
            ParagraphStyle("TableText", "Table Text", null, size: 18, spacingAfter: 0),
            ParagraphStyle("ListParagraph", "List Paragraph", null, spacingAfter: 40),
            ParagraphStyle("Note", "Note", null, size: 16, spacingAfter: 80),
            ParagraphStyle("Footer", "footer", null, size: 16, spacingAfter: 0));
    }

    private static Style ParagraphStyle(string id, string name, int? outlineLevel, bool isDefault = false, bool bold = false, int? size = null,
        bool keepNext = false, int? spacingBefore = null, int? spacingAfter = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = name });
        if (!isDefault) style.Append(new BasedOn { Val = "Normal" });
        if (!isDefault) style.Append(new NextParagraphStyle { Val = "Normal" });
        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (keepNext) paragraph.Append(new KeepNext());
        if (spacingBefore is not null || spacingAfter is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (spacingBefore is { } before) spacing.Before = before.ToString(CultureInfo.InvariantCulture);
            if (spacingAfter is { } after) spacing.After = after.ToString(CultureInfo.InvariantCulture);
            paragraph.Append(spacing);
        }
        if (outlineLevel is { } level) paragraph.Append(new OutlineLevel { Val = level });
        if (paragraph.HasChildren) style.Append(paragraph);
        var run = new StyleRunProperties();
        if (bold) run.Append(new Bold());
        if (size is { } s)
        {
            run.Append(new FontSize { Val = s.ToString(CultureInfo.InvariantCulture) });
            run.Append(new FontSizeComplexScript { Val = s.ToString(CultureInfo.InvariantCulture) });
        }
        if (run.HasChildren) style.Append(run);
        return style;
    }
}
