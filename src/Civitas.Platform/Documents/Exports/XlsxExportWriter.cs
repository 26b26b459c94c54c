using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Civitas.Platform.Calendar;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Civitas.Platform.Documents.Exports;

/// <summary>
/// Streams rows to an XLSX workbook, SAX style: the worksheet is written with <see cref="OpenXmlWriter"/>
/// straight into a ZIP entry, a row at a time, and the compressed bytes are drained to the output every
/// 64 KiB. The package is assembled with <see cref="ZipArchive"/> in create mode rather than through
/// System.IO.Packaging, which keeps parts in memory. Strings are inline (no shared-string table to
/// hold), numbers are numbers, dates are date serials with a date format, the header row is bold and
/// frozen, with an autofilter.
/// </summary>
internal static class XlsxExportWriter
{
    /// <summary>Rows of a worksheet, header included (Excel's limit).</summary>
    public const int MaxRowsPerSheet = 1_048_576;

    private const int MaxCellText = 32_767;
    private const string RelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // Style indexes of the stylesheet written below.
    private const int HeaderStyle = 1;
    private const int DateStyle = 2;
    private const int TimestampStyle = 3;
    private const int IntegerStyle = 4;
    private const int FirstNumberStyle = 5;

    public static async Task WriteAsync<T>(Stream output, ExportTable<T> table, IAsyncEnumerable<T> rows, XlsxExportOptions options,
        CancellationToken ct, int maxRowsPerSheet = MaxRowsPerSheet)
    {
        var columns = table.Columns;
        if (columns.Count == 0) throw new InvalidOperationException("An export needs at least one column.");
        var text = DocumentText.ForCurrentUiCulture();
        var baseName = SheetName(options.SheetName ?? text["Export.SheetName"]);
        var sheetNames = new List<string>();

        using var pending = new PendingOutput();
        using (var zip = new ZipArchive(pending, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8))
        {
            SheetWriter<T>? sheet = null;
            await foreach (var row in rows.WithCancellation(ct))
            {
                if (sheet is null || sheet.RowCount >= maxRowsPerSheet)
                {
                    sheet?.Close();
                    var name = sheetNames.Count == 0 ? baseName : ContinuedSheetName(baseName, sheetNames.Count + 1);
                    sheetNames.Add(name);
                    sheet = new SheetWriter<T>(zip, sheetNames.Count, columns);
                }
                sheet.WriteRow(row);
                if (pending.ShouldDrain) await pending.DrainToAsync(output, ct);
            }
            if (sheet is null)
            {
                sheetNames.Add(baseName);
                sheet = new SheetWriter<T>(zip, 1, columns);
            }
            sheet.Close();
            await pending.DrainToAsync(output, ct);

            WriteElement(zip, "xl/workbook.xml", Workbook(sheetNames, columns.Count, maxRowsPerSheet, sheet.RowCount));
            WriteElement(zip, "xl/styles.xml", Stylesheet());
            WriteXml(zip, "xl/_rels/workbook.xml.rels", w =>
            {
                w.WriteStartElement("Relationships", RelNs);
                for (var i = 1; i <= sheetNames.Count; i++) Relationship(w, $"rId{i}", $"{OfficeRelNs}/worksheet", $"worksheets/sheet{i}.xml");
                Relationship(w, $"rId{sheetNames.Count + 1}", $"{OfficeRelNs}/styles", "styles.xml");
                w.WriteEndElement();
            });
            WriteXml(zip, "_rels/.rels", w =>
            {
                w.WriteStartElement("Relationships", RelNs);
                Relationship(w, "rId1", $"{OfficeRelNs}/officeDocument", "xl/workbook.xml");
                w.WriteEndElement();
            });
            WriteXml(zip, "[Content_Types].xml", w =>
            {
                w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
                Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
                Default(w, "xml", "application/xml");
                Override(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
                Override(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
                for (var i = 1; i <= sheetNames.Count; i++)
                {
                    Override(w, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
                }
                w.WriteEndElement();
            });
        }
        await pending.DrainToAsync(output, ct);
        await output.FlushAsync(ct);
    }

    private static Workbook Workbook(List<string> sheetNames, int columnCount, int rowsPerSheet, int lastSheetRows)
    {
        var sheets = new Sheets();
        for (var i = 0; i < sheetNames.Count; i++)
        {
            sheets.Append(new Sheet { Name = sheetNames[i], SheetId = (uint)(i + 1), Id = $"rId{i + 1}" });
        }
        // Excel's own hidden name for each sheet's autofilter range.
        var names = new DefinedNames();
        for (var i = 0; i < sheetNames.Count; i++)
        {
            var rowsOnSheet = i < sheetNames.Count - 1 ? rowsPerSheet : lastSheetRows;
            names.Append(new DefinedName($"'{sheetNames[i].Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${ColumnName(columnCount)}${Math.Max(1, rowsOnSheet)}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = (uint)i,
                Hidden = true,
            });
        }
        return new Workbook(sheets, names);
    }

    private static Stylesheet Stylesheet()
    {
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy\\-mm\\-dd" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy\\-mm\\-dd\\ hh:mm" });
        var xfs = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
        // One style per number of decimal places, in the order NumberStyle() counts them.
        for (var d = 0; d <= 6; d++)
        {
            var id = (uint)(166 + d);
            formats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = d == 0 ? "#,##0" : "#,##0." + new string('0', d) });
            xfs.Append(new CellFormat { NumberFormatId = id, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
        }
        formats.Count = (uint)formats.ChildElements.Count;
        xfs.Count = (uint)xfs.ChildElements.Count;
        return new Stylesheet(
            formats,
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }))
            { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            xfs,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    internal static int NumberStyle(int decimals) => FirstNumberStyle + decimals;

    /// <summary>A valid worksheet name: at most 31 characters, none of <c>[]:*?/\</c>, not starting or ending with an apostrophe.</summary>
    private static string SheetName(string name)
    {
        var chars = name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? '-' : c).ToArray();
        var safe = new string(chars).Trim().Trim('\'');
        if (safe.Length == 0) safe = "1";
        return safe.Length > 31 ? safe[..31].TrimEnd() : safe;
    }

    /// <summary>"Dane (2)": the base name shortened so the number fits in 31 characters.</summary>
    private static string ContinuedSheetName(string baseName, int number)
    {
        var suffix = $" ({number.ToString(CultureInfo.InvariantCulture)})";
        return (baseName.Length + suffix.Length > 31 ? baseName[..(31 - suffix.Length)].TrimEnd() : baseName) + suffix;
    }

    internal static string ColumnName(int number)
    {
        var name = "";
        while (number > 0)
        {
            var m = (number - 1) % 26;
            name = (char)('A' + m) + name;
            number = (number - m) / 26;
        }
        return name;
    }

    private static void WriteElement(ZipArchive zip, string path, OpenXmlElement element)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        writer.WriteElement(element);
        writer.Close();
    }

    private static void WriteXml(ZipArchive zip, string path, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(true);
        write(writer);
        writer.WriteEndDocument();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", RelNs);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }

    private static void Default(XmlWriter w, string extension, string contentType)
    {
        w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string part, string contentType)
    {
        w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("PartName", part);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    /// <summary>One worksheet being written: header row first, then data rows, closed with the autofilter.</summary>
    private sealed class SheetWriter<T>
    {
        private static readonly OpenXmlAttribute[] InlineString = [new("t", "", "inlineStr")];
        private static readonly OpenXmlAttribute[] HeaderCell = [new("t", "", "inlineStr"), new("s", "", HeaderStyle.ToString(CultureInfo.InvariantCulture))];
        private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
        private static readonly OpenXmlAttribute[] NoAttributes = [];

        private readonly Stream _entry;
        private readonly OpenXmlWriter _writer;
        private readonly IReadOnlyList<ExportColumn<T>> _columns;
        private readonly OpenXmlAttribute[][] _cellAttributes;
        private readonly Row _row = new();
        private readonly Cell _cell = new();
        private readonly CellValue _value = new();
        private readonly DocumentFormat.OpenXml.Spreadsheet.InlineString _inline = new();
        private readonly Text _text = new();

        public SheetWriter(ZipArchive zip, int number, IReadOnlyList<ExportColumn<T>> columns)
        {
            _columns = columns;
            _cellAttributes = [.. columns.Select(c => c.Kind switch
            {
                ExportColumnKind.Text => InlineString,
                ExportColumnKind.Number => Style(NumberStyle(c.Decimals)),
                ExportColumnKind.Integer => Style(IntegerStyle),
                ExportColumnKind.Date => Style(DateStyle),
                ExportColumnKind.Timestamp => Style(TimestampStyle),
                _ => throw new NotSupportedException(c.Kind.ToString()),
            })];
            // Fastest: the sheet is most of the bytes, and a request should not wait on deflate.
            _entry = zip.CreateEntry($"xl/worksheets/sheet{number.ToString(CultureInfo.InvariantCulture)}.xml", CompressionLevel.Fastest).Open();
            _writer = OpenXmlWriter.Create(_entry);
            _writer.WriteStartDocument(true);
            _writer.WriteStartElement(new Worksheet());
            // The header stays in view while scrolling.
            _writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0, TabSelected = number == 1 }));
            _writer.WriteElement(new Columns(columns.Select((c, i) => new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = Width(c),
                CustomWidth = true,
            })));
            _writer.WriteStartElement(new SheetData());
            _writer.WriteStartElement(_row, [new OpenXmlAttribute("r", "", "1")]);
            foreach (var column in columns) WriteText(column.Header, HeaderCell);
            _writer.WriteEndElement();
            RowCount = 1;
        }

        public int RowCount { get; private set; }

        public void WriteRow(T item)
        {
            RowCount++;
            _writer.WriteStartElement(_row, [new OpenXmlAttribute("r", "", RowCount.ToString(CultureInfo.InvariantCulture))]);
            for (var i = 0; i < _columns.Count; i++)
            {
                var column = _columns[i];
                switch (column.Kind)
                {
                    case ExportColumnKind.Text:
                        WriteText(column.TextValue!(item), _cellAttributes[i]);
                        break;
                    case ExportColumnKind.Number:
                        WriteNumber(column.NumberValue!(item)?.ToString(CultureInfo.InvariantCulture), _cellAttributes[i]);
                        break;
                    case ExportColumnKind.Integer:
                        WriteNumber(column.IntegerValue!(item)?.ToString(CultureInfo.InvariantCulture), _cellAttributes[i]);
                        break;
                    case ExportColumnKind.Date:
                        // Spreadsheet dates are days since 1899-12-30.
                        WriteNumber((column.DateValue!(item)?.DayNumber - Epoch.DayNumber)?.ToString(CultureInfo.InvariantCulture), _cellAttributes[i]);
                        break;
                    case ExportColumnKind.Timestamp:
                        var instant = column.TimestampValue!(item);
                        WriteNumber(instant is { } t ? WarsawTime.ToLocal(t).ToOADate().ToString("R", CultureInfo.InvariantCulture) : null, _cellAttributes[i]);
                        break;
                    default:
                        throw new NotSupportedException(column.Kind.ToString());
                }
            }
            _writer.WriteEndElement();
        }

        public void Close()
        {
            _writer.WriteEndElement(); // sheetData
            _writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(_columns.Count)}{RowCount.ToString(CultureInfo.InvariantCulture)}" });
            _writer.WriteEndElement(); // worksheet
            _writer.Close();
            _entry.Dispose();
        }

        private static readonly DateOnly Epoch = new(1899, 12, 30);

        private static OpenXmlAttribute[] Style(int style) => [new("s", "", style.ToString(CultureInfo.InvariantCulture))];

        private static double Width(ExportColumn<T> column)
        {
            var header = column.Header.Length + 3;
            return column.Kind switch
            {
                ExportColumnKind.Text => Math.Clamp(header, 24, 60),
                ExportColumnKind.Date => Math.Max(header, 12),
                ExportColumnKind.Timestamp => Math.Max(header, 17),
                _ => Math.Clamp(header, 12, 30),
            };
        }

        private void WriteText(string? value, OpenXmlAttribute[] attributes)
        {
            if (string.IsNullOrEmpty(value))
            {
                // An empty cell keeps the columns after it in place (cells carry no references).
                _writer.WriteStartElement(_cell);
                _writer.WriteEndElement();
                return;
            }
            var text = XmlText.Clean(value);
            if (text.Length > MaxCellText) text = text[..MaxCellText];
            _writer.WriteStartElement(_cell, attributes);
            _writer.WriteStartElement(_inline);
            var preserve = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n', StringComparison.Ordinal));
            _writer.WriteStartElement(_text, preserve ? PreserveSpace : NoAttributes);
            _writer.WriteString(text);
            _writer.WriteEndElement();
            _writer.WriteEndElement();
            _writer.WriteEndElement();
        }

        private void WriteNumber(string? value, OpenXmlAttribute[] attributes)
        {
            _writer.WriteStartElement(_cell, attributes);
            if (value is not null)
            {
                _writer.WriteStartElement(_value);
                _writer.WriteString(value);
                _writer.WriteEndElement();
            }
            _writer.WriteEndElement();
        }
    }
}
