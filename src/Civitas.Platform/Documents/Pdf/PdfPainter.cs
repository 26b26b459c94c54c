using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Civitas.Platform.Documents.Pdf;

/// <summary>Draws laid-out pages with PDFsharp and builds the structure tree as it goes (tagged PDF:
/// headings, paragraphs, lists, tables with header scopes; borders, fills, repeated headers and page
/// footers are artifacts).</summary>
internal static class PdfPainter
{
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(230, 230, 230));
    private static readonly XColor RuleColor = XColor.FromArgb(70, 70, 70);

    public static void Paint(DocumentModel model, List<List<PdfOp>> pages, PdfFontSet fonts, DateTimeOffset created, Stream output)
    {
        using var document = new PdfDocument();
        document.Version = 17;
        document.Info.Title = model.Title;
        if (model.Metadata.Author is { } author) document.Info.Author = author;
        if (model.Metadata.Subject is { } subject) document.Info.Subject = subject;
        document.Info.Creator = "Civitas";
        document.Info.CreationDate = created.UtcDateTime;
        // WCAG 2.1 SC 2.4.2 for PDF (technique PDF18): viewers show the title, not the file name.
        document.ViewerPreferences.DisplayDocTitle = true;
        document.Options.CompressContentStreams = true;

        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(DocumentText.LanguageTag(model.Language));
        var structure = ua.StructureBuilder;

        var text = DocumentText.For(model.Language);
        var footerFont = new PdfFontKey(TextStyle.Normal, PdfTheme.FooterSize);
        var footerLines = model.FooterText is null ? [] : PdfTextWrapper.Wrap([new TextRun(model.FooterText)], TextStyle.Normal, PdfTheme.FooterSize, PdfTheme.ContentWidth * 0.72, fonts);
        var pens = new Dictionary<double, XPen>();

        for (var p = 0; p < pages.Count; p++)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            using var gfx = XGraphics.FromPdfPage(page);
            foreach (var op in pages[p])
            {
                switch (op.Kind)
                {
                    case PdfOpKind.Text:
                        gfx.DrawString(op.Text!, fonts.Font(op.Font), XBrushes.Black, op.X1, op.Y1, XStringFormats.BaseLineLeft);
                        break;
                    case PdfOpKind.Line:
                        if (!pens.TryGetValue(op.PenWidth, out var pen)) pens[op.PenWidth] = pen = new XPen(RuleColor, op.PenWidth);
                        gfx.DrawLine(pen, op.X1, op.Y1, op.X2, op.Y2);
                        break;
                    case PdfOpKind.Fill:
                        gfx.DrawRectangle(HeaderFill, op.X1, op.Y1, op.X2, op.Y2);
                        break;
                    case PdfOpKind.BeginElement:
                        Begin(structure, document, op.Tag, op.Scope);
                        break;
                    case PdfOpKind.BeginArtifact:
                        structure.BeginArtifact();
                        break;
                    case PdfOpKind.EndElement:
                    case PdfOpKind.EndArtifact:
                        structure.End();
                        break;
                    default:
                        throw new NotSupportedException(op.Kind.ToString());
                }
            }

            // Footer: running text and "Strona X z Y", as a pagination artifact.
            structure.BeginArtifact();
            var ruleY = PdfTheme.ContentBottom + 14;
            if (!pens.TryGetValue(0.4, out var rule)) pens[0.4] = rule = new XPen(RuleColor, 0.4);
            gfx.DrawLine(rule, PdfTheme.ContentLeft, ruleY, PdfTheme.ContentLeft + PdfTheme.ContentWidth, ruleY);
            var baseline = ruleY + 11;
            var label = text.Format("Document.PageOfPages", p + 1, pages.Count);
            gfx.DrawString(label, fonts.Font(footerFont), XBrushes.Black, PdfTheme.ContentLeft + PdfTheme.ContentWidth, baseline, XStringFormats.BaseLineRight);
            foreach (var line in footerLines)
            {
                foreach (var segment in line.Segments)
                {
                    gfx.DrawString(segment.Text.ToString(), fonts.Font(new PdfFontKey(segment.Style, PdfTheme.FooterSize)), XBrushes.Black,
                        PdfTheme.ContentLeft + segment.X, baseline, XStringFormats.BaseLineLeft);
                }
                baseline += PdfTheme.LineHeight(PdfTheme.FooterSize);
            }
            structure.End();
        }
        document.Save(output, false);
    }

    private static void Begin(StructureBuilder structure, PdfDocument document, PdfTag tag, PdfScope scope)
    {
        switch (tag)
        {
            case PdfTag.Caption:
                structure.BeginElement(PdfGroupingElementTag.Caption);
                return;
            case PdfTag.Division:
                structure.BeginElement(PdfGroupingElementTag.Division);
                return;
        }
        structure.BeginElement(tag switch
        {
            PdfTag.Heading1 => PdfBlockLevelElementTag.Heading1,
            PdfTag.Heading2 => PdfBlockLevelElementTag.Heading2,
            PdfTag.Heading3 => PdfBlockLevelElementTag.Heading3,
            PdfTag.Heading4 => PdfBlockLevelElementTag.Heading4,
            PdfTag.Paragraph => PdfBlockLevelElementTag.Paragraph,
            PdfTag.List => PdfBlockLevelElementTag.List,
            PdfTag.ListItem => PdfBlockLevelElementTag.ListItem,
            PdfTag.Label => PdfBlockLevelElementTag.Label,
            PdfTag.ListBody => PdfBlockLevelElementTag.ListBody,
            PdfTag.Table => PdfBlockLevelElementTag.Table,
            PdfTag.TableHead => PdfBlockLevelElementTag.TableHeadRowGroup,
            PdfTag.TableBody => PdfBlockLevelElementTag.TableBodyRowGroup,
            PdfTag.TableFoot => PdfBlockLevelElementTag.TableFooterRowGroup,
            PdfTag.TableRow => PdfBlockLevelElementTag.TableRow,
            PdfTag.TableHeaderCell => PdfBlockLevelElementTag.TableHeaderCell,
            PdfTag.TableDataCell => PdfBlockLevelElementTag.TableDataCell,
            _ => throw new NotSupportedException(tag.ToString()),
        });
        if (scope != PdfScope.None)
        {
            // Table attributes (ISO 32000-1 §14.8.5.7): a header cell says whether it heads a column or a row.
            var attributes = new PdfDictionary(document);
            attributes.Elements.SetName("/O", "/Table");
            attributes.Elements.SetName("/Scope", scope == PdfScope.Column ? "/Column" : "/Row");
            structure.CurrentStructureElement.Elements.SetValue("/A", attributes);
        }
    }
}
