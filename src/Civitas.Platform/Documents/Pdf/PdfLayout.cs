namespace Civitas.Platform.Documents.Pdf;

/// <summary>
/// The layout engine: walks the blocks top to bottom, wraps text, breaks paragraphs, lists and
/// tables across pages, repeats table headers, and emits drawing and structure instructions per page.
/// Headings keep with what follows; a signature block is never split; a table row moves whole to the
/// next page unless it is taller than a page, in which case it is cut between lines.
/// </summary>
internal sealed class PdfLayout
{
    private readonly PdfFontSet _fonts;
    private readonly List<List<PdfOp>> _pages = [];
    private List<PdfOp> _page = [];
    private double _y;
    private bool _pageHasContent;

    private PdfLayout(PdfFontSet fonts)
    {
        _fonts = fonts;
        NewPage();
    }

    private double Remaining => PdfTheme.ContentBottom - _y;

    public static List<List<PdfOp>> Layout(DocumentModel document, PdfFontSet fonts)
    {
        var layout = new PdfLayout(fonts);
        layout.Title(document.Title);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h: layout.Heading(h); break;
                case ParagraphBlock p: layout.Paragraph(p.Runs, TextStyle.Normal, PdfTheme.BodySize, PdfTheme.ParagraphSpacing); break;
                case ListBlock l: layout.List(l); break;
                case KeyValueBlock kv: layout.KeyValues(kv); break;
                case TableBlock t: layout.Table(t); break;
                case PageBreakBlock: layout.PageBreak(); break;
                case SignatureBlock s: layout.Signatures(s); break;
                case NoteBlock n: layout.Paragraph(n.Runs, TextStyle.Normal, PdfTheme.NoteSize, 4); break;
                default: throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
            }
        }
        return layout._pages;
    }

    private void NewPage()
    {
        _page = [];
        _pages.Add(_page);
        _y = PdfTheme.ContentTop;
        _pageHasContent = false;
    }

    private void Title(string title)
    {
        var lines = Wrap([new TextRun(title)], TextStyle.Bold, PdfTheme.TitleSize, PdfTheme.ContentWidth);
        _page.Add(PdfOp.Begin(PdfTag.Heading1));
        DrawLines(lines, PdfTheme.ContentLeft, PdfTheme.ContentWidth, PdfTheme.TitleSize, ColumnAlignment.Left);
        _page.Add(PdfOp.End());
        _y += 10;
    }

    private void Heading(HeadingBlock heading)
    {
        var size = PdfTheme.HeadingSize(heading.Level);
        var lines = Wrap([new TextRun(heading.Text)], TextStyle.Bold, size, PdfTheme.ContentWidth);
        var height = lines.Count * PdfTheme.LineHeight(size);
        var before = _pageHasContent ? PdfTheme.HeadingSpaceBefore(heading.Level) : 0;
        // Keep the heading with at least three lines of what follows it.
        if (_pageHasContent && Remaining < before + height + (3 * PdfTheme.LineHeight(PdfTheme.BodySize)))
        {
            NewPage();
            before = 0;
        }
        _y += before;
        _page.Add(PdfOp.Begin(heading.Level switch { 1 => PdfTag.Heading2, 2 => PdfTag.Heading3, _ => PdfTag.Heading4 }));
        DrawLines(lines, PdfTheme.ContentLeft, PdfTheme.ContentWidth, size, ColumnAlignment.Left);
        _page.Add(PdfOp.End());
        _y += 4;
    }

    private void Paragraph(IReadOnlyList<TextRun> runs, TextStyle style, double size, double spacingAfter)
    {
        var lines = Wrap(runs, style, size, PdfTheme.ContentWidth);
        var lh = PdfTheme.LineHeight(size);
        // No orphan: a paragraph does not start with its last line of a page.
        if (_pageHasContent && Remaining < Math.Min(lines.Count, 2) * lh) NewPage();
        var tagged = lines.Exists(l => !l.IsEmpty);
        if (tagged) _page.Add(PdfOp.Begin(PdfTag.Paragraph));
        DrawLines(lines, PdfTheme.ContentLeft, PdfTheme.ContentWidth, size, ColumnAlignment.Left);
        if (tagged) _page.Add(PdfOp.End());
        _y += spacingAfter;
    }

    private void List(ListBlock list)
    {
        if (list.Items.Count == 0) return;
        var size = PdfTheme.BodySize;
        var lh = PdfTheme.LineHeight(size);
        var bodyLeft = PdfTheme.ContentLeft + PdfTheme.ListIndent;
        var bodyWidth = PdfTheme.ContentWidth - PdfTheme.ListIndent;
        var font = new PdfFontKey(TextStyle.Normal, size);
        _page.Add(PdfOp.Begin(PdfTag.List));
        for (var i = 0; i < list.Items.Count; i++)
        {
            var lines = Wrap(list.Items[i].Runs, TextStyle.Normal, size, bodyWidth);
            if (Remaining < Math.Min(lines.Count, 2) * lh) NewPage();
            var label = list.Numbered ? $"{i + 1}." : "•";
            var labelX = bodyLeft - 5 - _fonts.Width(label, font);
            _page.Add(PdfOp.Begin(PdfTag.ListItem));
            _page.Add(PdfOp.Begin(PdfTag.Label));
            _page.Add(PdfOp.DrawText(labelX, Baseline(_y, size), label, font));
            _page.Add(PdfOp.End());
            _page.Add(PdfOp.Begin(PdfTag.ListBody));
            DrawLines(lines, bodyLeft, bodyWidth, size, ColumnAlignment.Left);
            _page.Add(PdfOp.End());
            _page.Add(PdfOp.End());
            _pageHasContent = true;
            _y += PdfTheme.ListItemSpacing;
        }
        _page.Add(PdfOp.End());
        _y += PdfTheme.ParagraphSpacing - PdfTheme.ListItemSpacing;
    }

    private void KeyValues(KeyValueBlock block)
    {
        if (block.Rows.Count == 0) return;
        var rows = block.Rows.Select(r => new[]
        {
            new PdfTableCell([new TextRun(r.Label)], TextStyle.Bold, ColumnAlignment.Left, PdfTag.TableHeaderCell, PdfScope.Row),
            PdfTableCell.Data(r.Value, ColumnAlignment.Left),
        }).ToList();
        Table(block.Caption, [0.36, 0.64], header: null, rows, total: null);
    }

    private void Table(TableBlock table)
    {
        var header = table.Columns.Select(c => new PdfTableCell([new TextRun(c.Header)], TextStyle.Bold, c.Alignment, PdfTag.TableHeaderCell, PdfScope.Column)).ToArray();
        var rows = table.Rows.Select(r => r.Select((text, i) => PdfTableCell.Data(text, table.Columns[i].Alignment)).ToArray()).ToList();
        var total = table.TotalRow?.Select((text, i) => PdfTableCell.Data(text, table.Columns[i].Alignment, TextStyle.Bold)).ToArray();
        Table(table.Caption, [.. table.Columns.Select(c => c.Width)], header, rows, total);
    }

    private void Table(string? caption, double[] relativeWidths, PdfTableCell[]? header, List<PdfTableCell[]> rows, PdfTableCell[]? total)
    {
        var size = PdfTheme.TableSize;
        var sum = relativeWidths.Sum();
        var widths = relativeWidths.Select(w => PdfTheme.ContentWidth * w / sum).ToArray();
        var lefts = new double[widths.Length];
        for (var i = 1; i < widths.Length; i++) lefts[i] = lefts[i - 1] + widths[i - 1];
        var grid = new TableGrid(lefts, widths, size);

        var captionSize = PdfTheme.TableSize + 1;
        var captionLines = caption is null ? [] : Wrap([new TextRun(caption)], TextStyle.Bold, captionSize, PdfTheme.ContentWidth);
        var captionHeight = captionLines.Count * PdfTheme.LineHeight(captionSize) + (captionLines.Count > 0 ? 3 : 0);
        var headerLines = header is null ? null : WrapRow(header, grid);
        var headerHeight = headerLines is null ? 0 : RowHeight(headerLines, size);
        var first = rows.Count > 0 ? WrapRow(rows[0], grid) : null;
        var firstHeight = first is null ? 0 : Math.Min(RowHeight(first, size), (3 * PdfTheme.LineHeight(size)) + (2 * PdfTheme.CellPaddingY));
        // Caption, header and the first row start together.
        if (_pageHasContent && Remaining < captionHeight + headerHeight + firstHeight) NewPage();

        _page.Add(PdfOp.Begin(PdfTag.Table));
        if (captionLines.Count > 0)
        {
            _page.Add(PdfOp.Begin(PdfTag.Caption));
            DrawLines(captionLines, PdfTheme.ContentLeft, PdfTheme.ContentWidth, captionSize, ColumnAlignment.Left);
            _page.Add(PdfOp.End());
            _y += 3;
        }
        var repeat = header is null ? null : new RepeatedHeader(header, headerLines!, headerHeight);
        if (header is not null)
        {
            _page.Add(PdfOp.Begin(PdfTag.TableHead));
            DrawRow(header, headerLines!, headerHeight, grid, isHeader: true, asArtifact: false);
            _page.Add(PdfOp.End());
        }
        _page.Add(PdfOp.Begin(PdfTag.TableBody));
        for (var r = 0; r < rows.Count; r++)
        {
            BodyRow(rows[r], r == 0 ? first! : WrapRow(rows[r], grid), grid, repeat);
        }
        _page.Add(PdfOp.End());
        if (total is not null)
        {
            _page.Add(PdfOp.Begin(PdfTag.TableFoot));
            BodyRow(total, WrapRow(total, grid), grid, repeat);
            _page.Add(PdfOp.End());
        }
        _page.Add(PdfOp.End());
        _y += PdfTheme.TableSpacing;
    }

    private void BodyRow(PdfTableCell[] cells, List<PdfTextLine>[] lines, TableGrid grid, RepeatedHeader? repeat)
    {
        var size = grid.Size;
        var height = RowHeight(lines, size);
        if (height <= Remaining)
        {
            DrawRow(cells, lines, height, grid, isHeader: false, asArtifact: false);
            return;
        }
        var pageCapacity = PdfTheme.ContentBottom - PdfTheme.ContentTop - (repeat?.Height ?? 0);
        if (height <= pageCapacity)
        {
            ContinueTable(grid, repeat);
            DrawRow(cells, lines, height, grid, isHeader: false, asArtifact: false);
            return;
        }
        // Taller than a page: cut between lines. Each part is tagged as a row of its own, because a
        // structure element cannot be reopened once the next cell has begun.
        var lh = PdfTheme.LineHeight(size);
        var remaining = lines.Select(l => new List<PdfTextLine>(l)).ToArray();
        while (remaining.Any(l => l.Count > 0))
        {
            var fit = (int)Math.Floor((Remaining - (2 * PdfTheme.CellPaddingY)) / lh);
            if (fit < 2)
            {
                ContinueTable(grid, repeat);
                continue;
            }
            var part = remaining.Select(l => l.Take(fit).ToList()).ToArray();
            foreach (var l in remaining) l.RemoveRange(0, Math.Min(fit, l.Count));
            DrawRow(cells, part, RowHeight(part, size), grid, isHeader: false, asArtifact: false);
            if (remaining.Any(l => l.Count > 0)) ContinueTable(grid, repeat);
        }
    }

    private void ContinueTable(TableGrid grid, RepeatedHeader? repeat)
    {
        NewPage();
        if (repeat is null) return;
        // The repeated header is pagination, not content: an artifact, so a screen reader reads the
        // header once (ISO 14289-1 7.8).
        DrawRow(repeat.Cells, repeat.Lines, repeat.Height, grid, isHeader: true, asArtifact: true);
    }

    private void DrawRow(PdfTableCell[] cells, List<PdfTextLine>[] lines, double height, TableGrid grid, bool isHeader, bool asArtifact)
    {
        var size = grid.Size;
        var top = _y;
        var left = PdfTheme.ContentLeft;
        var right = left + grid.Lefts[^1] + grid.Widths[^1];
        if (asArtifact) _page.Add(PdfOp.BeginArtifact());
        if (isHeader)
        {
            if (!asArtifact) _page.Add(PdfOp.BeginArtifact());
            _page.Add(PdfOp.FillRect(left, top, right - left, height));
            if (!asArtifact) _page.Add(PdfOp.EndArtifact());
        }
        if (!asArtifact) _page.Add(PdfOp.Begin(PdfTag.TableRow));
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            if (!asArtifact) _page.Add(PdfOp.Begin(cell.Tag, cell.Scope));
            var y = top + PdfTheme.CellPaddingY;
            foreach (var line in lines[c])
            {
                var x = left + grid.Lefts[c] + PdfTheme.CellPaddingX;
                if (cell.Alignment == ColumnAlignment.Right) x = left + grid.Lefts[c] + grid.Widths[c] - PdfTheme.CellPaddingX - line.Width;
                EmitLine(line, x, y, size);
                y += PdfTheme.LineHeight(size);
            }
            if (!asArtifact) _page.Add(PdfOp.End());
        }
        if (!asArtifact)
        {
            _page.Add(PdfOp.End());
            _page.Add(PdfOp.BeginArtifact());
        }
        var bottom = top + height;
        _page.Add(PdfOp.DrawLine(left, top, right, top, PdfTheme.BorderWidth));
        _page.Add(PdfOp.DrawLine(left, bottom, right, bottom, PdfTheme.BorderWidth));
        for (var c = 0; c < cells.Length; c++) _page.Add(PdfOp.DrawLine(left + grid.Lefts[c], top, left + grid.Lefts[c], bottom, PdfTheme.BorderWidth));
        _page.Add(PdfOp.DrawLine(right, top, right, bottom, PdfTheme.BorderWidth));
        _page.Add(PdfOp.EndArtifact());
        _pageHasContent = true;
        _y = bottom;
    }

    private void PageBreak()
    {
        if (_pageHasContent) NewPage();
    }

    private void Signatures(SignatureBlock block)
    {
        const double gap = 28;
        var bodyLh = PdfTheme.LineHeight(PdfTheme.BodySize);
        var placeLines = block.PlaceAndDate is null ? [] : Wrap([new TextRun(block.PlaceAndDate)], TextStyle.Normal, PdfTheme.BodySize, PdfTheme.ContentWidth);
        var rows = block.Lines.Chunk(3).ToList();
        var laidOut = new List<(double X, double Width, List<PdfTextLine> Name, List<PdfTextLine> Caption)[]>();
        var height = (placeLines.Count * bodyLh) + 18;
        foreach (var row in rows)
        {
            var n = row.Length;
            var width = n == 1 ? PdfTheme.ContentWidth * 0.45 : (PdfTheme.ContentWidth - (gap * (n - 1))) / n;
            var cells = row.Select((line, i) =>
            {
                var x = n == 1 ? PdfTheme.ContentLeft + PdfTheme.ContentWidth - width : PdfTheme.ContentLeft + (i * (width + gap));
                var name = line.Name is null ? [] : Wrap([new TextRun(line.Name)], TextStyle.Normal, PdfTheme.TableSize, width);
                var caption = Wrap([new TextRun(line.Caption)], TextStyle.Italic, PdfTheme.NoteSize, width);
                return (x, width, name, caption);
            }).ToArray();
            laidOut.Add(cells);
            height += PdfTheme.SignatureSpace + 3 + cells.Max(c => CellTextHeight(c.name, c.caption));
        }
        // A signature block is signed on one sheet: never split it.
        if (_pageHasContent && Remaining < height) NewPage();
        if (_pageHasContent) _y += 18;
        _page.Add(PdfOp.Begin(PdfTag.Division));
        if (placeLines.Count > 0)
        {
            _page.Add(PdfOp.Begin(PdfTag.Paragraph));
            DrawLines(placeLines, PdfTheme.ContentLeft, PdfTheme.ContentWidth, PdfTheme.BodySize, ColumnAlignment.Left);
            _page.Add(PdfOp.End());
        }
        foreach (var cells in laidOut)
        {
            _y += PdfTheme.SignatureSpace;
            var lineY = _y;
            foreach (var (x, width, name, caption) in cells)
            {
                _page.Add(PdfOp.BeginArtifact());
                _page.Add(PdfOp.DrawLine(x, lineY, x + width, lineY, PdfTheme.BorderWidth));
                _page.Add(PdfOp.EndArtifact());
                _y = lineY + 3;
                _page.Add(PdfOp.Begin(PdfTag.Paragraph));
                foreach (var l in name)
                {
                    EmitLine(l, x + ((width - l.Width) / 2), _y, PdfTheme.TableSize);
                    _y += PdfTheme.LineHeight(PdfTheme.TableSize);
                }
                foreach (var l in caption)
                {
                    EmitLine(l, x + ((width - l.Width) / 2), _y, PdfTheme.NoteSize);
                    _y += PdfTheme.LineHeight(PdfTheme.NoteSize);
                }
                _page.Add(PdfOp.End());
            }
            _y = lineY + 3 + cells.Max(c => CellTextHeight(c.Name, c.Caption));
        }
        _page.Add(PdfOp.End());
        _pageHasContent = true;
        _y += PdfTheme.ParagraphSpacing;
    }

    private static double CellTextHeight(List<PdfTextLine> name, List<PdfTextLine> caption)
        => (name.Count * PdfTheme.LineHeight(PdfTheme.TableSize)) + (caption.Count * PdfTheme.LineHeight(PdfTheme.NoteSize));

    /// <summary>Draws wrapped lines from the cursor down, continuing on a new page when one is full.</summary>
    private void DrawLines(List<PdfTextLine> lines, double left, double width, double size, ColumnAlignment alignment)
    {
        var lh = PdfTheme.LineHeight(size);
        foreach (var line in lines)
        {
            if (_y + lh > PdfTheme.ContentBottom + 0.01) NewPage();
            var x = alignment == ColumnAlignment.Right ? left + width - line.Width : left;
            EmitLine(line, x, _y, size);
            _y += lh;
            _pageHasContent = true;
        }
    }

    private void EmitLine(PdfTextLine line, double x, double top, double size)
    {
        var baseline = Baseline(top, size);
        foreach (var segment in line.Segments)
        {
            _page.Add(PdfOp.DrawText(x + segment.X, baseline, segment.Text.ToString(), new PdfFontKey(segment.Style, size)));
        }
    }

    private static double Baseline(double top, double size) => top + (size * PdfTheme.BaselineOffset);

    private List<PdfTextLine> Wrap(IReadOnlyList<TextRun> runs, TextStyle style, double size, double width)
        => PdfTextWrapper.Wrap(runs, style, size, width, _fonts);

    private List<PdfTextLine>[] WrapRow(PdfTableCell[] cells, TableGrid grid)
        => [.. cells.Select((cell, i) => Wrap(cell.Runs, cell.Style, grid.Size, grid.Widths[i] - (2 * PdfTheme.CellPaddingX)))];

    private static double RowHeight(List<PdfTextLine>[] lines, double size)
        => (lines.Max(l => Math.Max(1, l.Count)) * PdfTheme.LineHeight(size)) + (2 * PdfTheme.CellPaddingY);

    private sealed record TableGrid(double[] Lefts, double[] Widths, double Size);

    private sealed record RepeatedHeader(PdfTableCell[] Cells, List<PdfTextLine>[] Lines, double Height);
}
