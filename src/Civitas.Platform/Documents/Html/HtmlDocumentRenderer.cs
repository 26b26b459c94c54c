using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Civitas.Platform.Documents.Html;

/// <summary>The document as a semantic HTML fragment for a page: an <c>article</c> in the document's
/// language, headings, paragraphs, lists, tables with captions and header scopes, the site's table
/// classes, no inline styles. Every piece of text goes through the HTML encoder; nothing is raw.</summary>
internal static class HtmlDocumentRenderer
{
    // Letters stay letters (ł, not &#x142;), as the rest of the site writes them; markup characters are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(DocumentModel document, HtmlRenderOptions options)
    {
        if (options.TitleLevel is < 1 or > 5) throw new ArgumentOutOfRangeException(nameof(options), options.TitleLevel, "TitleLevel must be 1 to 5.");
        var html = new StringBuilder(4096);
        html.Append("<article class=\"document\" lang=\"").Append(DocumentText.HtmlLanguage(document.Language)).Append("\">\n");
        if (options.IncludeTitle) Heading(html, options.TitleLevel, document.Title);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    Heading(html, Math.Min(6, options.TitleLevel + h.Level), h.Text);
                    break;
                case ParagraphBlock p:
                    html.Append("<p>");
                    Runs(html, p.Runs);
                    html.Append("</p>\n");
                    break;
                case ListBlock l:
                    List(html, l);
                    break;
                case KeyValueBlock kv:
                    KeyValues(html, kv);
                    break;
                case TableBlock t:
                    Table(html, t);
                    break;
                case PageBreakBlock:
                    // Pages are a property of paper; the web page flows on.
                    break;
                case SignatureBlock s:
                    Signatures(html, s);
                    break;
                case NoteBlock n:
                    html.Append("<p class=\"note\"><small>");
                    Runs(html, n.Runs);
                    html.Append("</small></p>\n");
                    break;
                default:
                    throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
            }
        }
        if (document.FooterText is { Length: > 0 } footer)
        {
            html.Append("<footer><p><small>");
            Text(html, footer);
            html.Append("</small></p></footer>\n");
        }
        html.Append("</article>\n");
        return html.ToString();
    }

    private static void Heading(StringBuilder html, int level, string text)
    {
        html.Append("<h").Append(level).Append('>');
        Text(html, text);
        html.Append("</h").Append(level).Append(">\n");
    }

    private static void List(StringBuilder html, ListBlock list)
    {
        if (list.Items.Count == 0) return;
        var tag = list.Numbered ? "ol" : "ul";
        html.Append('<').Append(tag).Append(">\n");
        foreach (var item in list.Items)
        {
            html.Append("<li>");
            Runs(html, item.Runs);
            html.Append("</li>\n");
        }
        html.Append("</").Append(tag).Append(">\n");
    }

    private static void KeyValues(StringBuilder html, KeyValueBlock block)
    {
        if (block.Rows.Count == 0) return;
        // A table with row headers rather than a dl: the pairs keep their caption as an accessible
        // name and read the same way as in the PDF and the DOCX.
        html.Append("<div class=\"table-wrap\"><table class=\"data key-value\">\n");
        if (block.Caption is { Length: > 0 } caption)
        {
            html.Append("<caption>");
            Text(html, caption);
            html.Append("</caption>\n");
        }
        html.Append("<tbody>\n");
        foreach (var row in block.Rows)
        {
            html.Append("<tr><th scope=\"row\">");
            Text(html, row.Label);
            html.Append("</th><td>");
            Text(html, row.Value);
            html.Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
    }

    private static void Table(StringBuilder html, TableBlock table)
    {
        html.Append("<div class=\"table-wrap\"><table class=\"data\">\n<caption>");
        Text(html, table.Caption);
        html.Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\"").Append(Align(column.Alignment)).Append('>');
            Text(html, column.Header);
            html.Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows) Row(html, table, row, total: false);
        html.Append("</tbody>\n");
        if (table.TotalRow is { } total)
        {
            html.Append("<tfoot>\n");
            Row(html, table, total, total: true);
            html.Append("</tfoot>\n");
        }
        html.Append("</table></div>\n");
    }

    private static void Row(StringBuilder html, TableBlock table, IReadOnlyList<string> cells, bool total)
    {
        html.Append("<tr>");
        for (var i = 0; i < cells.Count; i++)
        {
            html.Append("<td").Append(Align(table.Columns[i].Alignment)).Append('>');
            if (total && cells[i].Length > 0) html.Append("<strong>");
            Text(html, cells[i]);
            if (total && cells[i].Length > 0) html.Append("</strong>");
            html.Append("</td>");
        }
        html.Append("</tr>\n");
    }

    private static string Align(ColumnAlignment alignment) => alignment == ColumnAlignment.Right ? " class=\"num\"" : "";

    private static void Signatures(StringBuilder html, SignatureBlock block)
    {
        html.Append("<div class=\"signatures\">\n");
        if (block.PlaceAndDate is { Length: > 0 } placeAndDate)
        {
            html.Append("<p>");
            Text(html, placeAndDate);
            html.Append("</p>\n");
        }
        foreach (var line in block.Lines)
        {
            html.Append("<p class=\"signature\">");
            if (line.Name is { Length: > 0 } name)
            {
                Text(html, name);
                html.Append("<br>");
            }
            html.Append("<small>");
            Text(html, line.Caption);
            html.Append("</small></p>\n");
        }
        html.Append("</div>\n");
    }

    private static void Runs(StringBuilder html, IReadOnlyList<TextRun> runs)
    {
        foreach (var run in runs)
        {
            var bold = run.Style.HasFlag(TextStyle.Bold);
            var italic = run.Style.HasFlag(TextStyle.Italic);
            if (bold) html.Append("<strong>");
            if (italic) html.Append("<em>");
            Text(html, run.Text);
            if (italic) html.Append("</em>");
            if (bold) html.Append("</strong>");
        }
    }

    /// <summary>Encoded text; a line feed becomes <c>br</c>.</summary>
    private static void Text(StringBuilder html, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) html.Append("<br>");
            html.Append(Encoder.Encode(lines[i]));
        }
    }
}
