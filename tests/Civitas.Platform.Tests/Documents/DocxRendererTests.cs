using Civitas.Platform.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Civitas.Platform.Tests.Documents;

public sealed class DocxRendererTests(RenderedOffer offer) : IClassFixture<RenderedOffer>
{
    [Fact]
    public void The_DOCX_opens_in_the_Open_XML_reader_and_keeps_every_Polish_letter()
    {
        using var doc = Open();
        var body = doc.MainDocumentPart!.Document.Body!;
        var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Contains(SampleDocuments.PolishLetters, text, StringComparison.Ordinal);
        Assert.Contains(SampleDocuments.Typography, text, StringComparison.Ordinal);
        Assert.Contains(SampleDocuments.Title, text, StringComparison.Ordinal);
        Assert.Contains("Opis: " + SampleDocuments.LongParagraph, text, StringComparison.Ordinal);
        Assert.Contains("Żaneta Ćwiklińska", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_DOCX_is_valid_Office_Open_XML()
    {
        using var doc = Open();
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_title_and_headings_use_Word_heading_styles()
    {
        using var doc = Open();
        var paragraphs = doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().ToList();
        string? Style(string text) => paragraphs.Single(p => p.InnerText == text).ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Equal("Title", Style(SampleDocuments.Title));
        Assert.Equal("Heading1", Style("I. Podstawowe informacje o złożonej ofercie"));
        Assert.Equal("Heading2", Style("Opis zadania"));
        Assert.Equal("Heading1", Style("III. Oświadczenia"));
        var styles = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(2, styles["Heading3"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
    }

    [Fact]
    public void The_cost_table_is_a_Word_table_with_a_repeating_header_row_and_a_total()
    {
        using var doc = Open();
        var table = doc.MainDocumentPart!.Document.Body!.Elements<Table>()
            .Single(t => t.GetFirstChild<TableProperties>()?.GetFirstChild<TableCaption>()?.Val?.Value == "Zestawienie kosztów");
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(1 + 120 + 1, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Equal(["Lp.", "Rodzaj kosztu", "Liczba jednostek", "Kwota [zł]"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(SampleDocuments.CostName(7), rows[7].Elements<TableCell>().ElementAt(1).InnerText);
        // Amounts are right-aligned, the total row is bold.
        var amount = rows[7].Elements<TableCell>().Last().Descendants<Paragraph>().Single();
        Assert.Equal(JustificationValues.Right, amount.ParagraphProperties!.Justification!.Val!.Value);
        Assert.All(rows[^1].Descendants<Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
        Assert.Equal("Razem", rows[^1].Elements<TableCell>().ElementAt(1).InnerText);
    }

    [Fact]
    public void Lists_use_numbering_definitions_and_each_numbered_list_restarts()
    {
        var document = new DocumentBuilder("Listy")
            .NumberedList("a", "b").BulletList("x").NumberedList("c")
            .Build();
        using var stream = new MemoryStream();
        new DocumentRenderer(TimeProvider.System).RenderDocx(document, stream);
        using var doc = WordprocessingDocument.Open(stream, false);
        var items = doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (p.InnerText, NumId: p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value))
            .ToList();
        Assert.Equal(["a", "b", "x", "c"], items.Select(i => i.InnerText));
        Assert.Equal(items[0].NumId, items[1].NumId);
        Assert.NotEqual(items[0].NumId, items[3].NumId);
        var numbering = doc.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;
        string Format(int numId)
        {
            var abstractId = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId).AbstractNumId!.Val!.Value;
            return numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId)
                .Elements<Level>().Single().NumberingFormat!.Val!.Value.ToString();
        }
        Assert.Equal(NumberFormatValues.Decimal.ToString(), Format(items[0].NumId));
        Assert.Equal(NumberFormatValues.Bullet.ToString(), Format(items[2].NumId));
        Assert.Equal(NumberFormatValues.Decimal.ToString(), Format(items[3].NumId));
    }

    [Fact]
    public void Properties_language_and_page_footer_are_set()
    {
        using var doc = Open();
        Assert.Equal(SampleDocuments.Title, doc.PackageProperties.Title);
        Assert.Equal(SampleDocuments.Author, doc.PackageProperties.Creator);
        Assert.Equal(SampleDocuments.Created.UtcDateTime, doc.PackageProperties.Created!.Value.ToUniversalTime());
        var language = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single();
        Assert.Equal("pl-PL", language.Val!.Value);
        var footer = doc.MainDocumentPart.FooterParts.Single().Footer!;
        Assert.Contains(SampleDocuments.Checksum, footer.InnerText, StringComparison.Ordinal);
        Assert.Contains("Strona ", footer.InnerText, StringComparison.Ordinal);
        var fields = footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ToList();
        Assert.Contains(fields, f => f.StartsWith("PAGE ", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.StartsWith("NUMPAGES ", StringComparison.Ordinal));
        var section = doc.MainDocumentPart.Document.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838u, section.GetFirstChild<PageSize>()!.Height!.Value);
    }

    [Fact]
    public void Control_characters_in_user_text_do_not_break_the_file()
    {
        var document = new DocumentBuilder("Tekst \u0001 wklejony")
            .Paragraph("przed\u0008po\u000B koniec")
            .Build();
        using var stream = new MemoryStream();
        new DocumentRenderer(TimeProvider.System).RenderDocx(document, stream);
        using var doc = WordprocessingDocument.Open(stream, false);
        Assert.Contains("przedpo koniec", doc.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    private WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(offer.Docx), false);
}
