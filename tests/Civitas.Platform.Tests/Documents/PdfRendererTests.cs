using System.Text;
using System.Text.RegularExpressions;
using Civitas.Platform.Documents;

namespace Civitas.Platform.Tests.Documents;

public sealed partial class PdfRendererTests(RenderedOffer offer) : IClassFixture<RenderedOffer>
{
    [Fact]
    public void Polish_text_reads_back_exactly_from_the_PDF()
    {
        var text = Poppler.Normalize(Poppler.Text(offer.PdfPath));
        Assert.Contains(Poppler.Normalize(SampleDocuments.Title), text, StringComparison.Ordinal);
        Assert.Contains(SampleDocuments.PolishLetters, text, StringComparison.Ordinal);
        Assert.Contains(SampleDocuments.Typography, text, StringComparison.Ordinal);
        // The long paragraph wraps over several lines and still reads as the same words in order.
        Assert.Contains("Opis: " + Poppler.Normalize(SampleDocuments.LongParagraph), text, StringComparison.Ordinal);
        Assert.Contains("ul. Źródlana 5 90-001 Łódź", text, StringComparison.Ordinal);
        Assert.Contains("Jan Kowalski – prezes zarządu", text, StringComparison.Ordinal);
        Assert.Contains("Żaneta Ćwiklińska", text, StringComparison.Ordinal);
        Assert.Contains("podpis osoby upoważnionej do składania oświadczeń woli w imieniu oferenta", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_row_of_a_table_spanning_several_pages_is_printed_once_with_its_total()
    {
        var pages = Poppler.PageCount(offer.PdfPath);
        Assert.True(pages > 2, $"the 120-row table should span several pages, got {pages}");
        var text = Poppler.Normalize(Poppler.Text(offer.PdfPath));
        for (var i = 1; i <= 120; i++)
        {
            var name = Poppler.Normalize(SampleDocuments.CostName(i));
            Assert.Equal(1, Occurrences(text, name + " "));
            Assert.Contains(Poppler.Normalize(SampleDocuments.Money(SampleDocuments.CostAmount(i))), text, StringComparison.Ordinal);
        }
        var total = Poppler.Normalize(SampleDocuments.Money(Enumerable.Range(1, 120).Sum(SampleDocuments.CostAmount)));
        // In the physical layout the total row reads as one line, its cells in column order.
        var totalLine = Poppler.Text(offer.PdfPath, layout: true).Split('\n').Single(l => l.Contains("Razem", StringComparison.Ordinal));
        Assert.Matches($"^\\s*Razem\\s+120\\s+{Regex.Escape(total)}\\s*$", Poppler.Normalize(totalLine));
    }

    [Fact]
    public void The_table_header_repeats_on_each_page_the_table_spans_and_pages_are_numbered()
    {
        var pages = Poppler.PageCount(offer.PdfPath);
        var tablePages = 0;
        for (var page = 1; page <= pages; page++)
        {
            var text = Poppler.Normalize(Poppler.Text(offer.PdfPath, page));
            Assert.Contains($"Strona {page} z {pages}", text, StringComparison.Ordinal);
            Assert.Contains(SampleDocuments.Checksum, text, StringComparison.Ordinal);
            if (!text.Contains("Koszt nr ", StringComparison.Ordinal)) continue;
            tablePages++;
            Assert.Contains("Lp. Rodzaj kosztu Liczba jednostek Kwota [zł]", text, StringComparison.Ordinal);
        }
        Assert.True(tablePages >= 2, $"the table should span at least two pages, spans {tablePages}");
        var second = Poppler.Normalize(Poppler.Text(offer.PdfPath, 2));
        Assert.Contains("Rodzaj kosztu", second, StringComparison.Ordinal);
        Assert.Contains($"Strona 2 z {pages}", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_are_embedded_subsets_with_unicode_maps()
    {
        var rows = Poppler.Fonts(offer.PdfPath).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            // name type encoding emb sub uni object ID: the three yes/no columns come before the object number.
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (emb, sub, uni) = (columns[^5], columns[^4], columns[^3]);
            Assert.True(emb == "yes" && sub == "yes" && uni == "yes", $"font not embedded as a subset with a ToUnicode map: {row}");
            Assert.Contains("DejaVu Sans", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_PDF_is_tagged_with_title_language_headings_lists_and_table_structure()
    {
        var info = Poppler.Info(offer.PdfPath);
        Assert.Matches(@"Tagged:\s+yes", info);
        Assert.Contains("Title:           " + SampleDocuments.Title, info, StringComparison.Ordinal);
        Assert.Contains("Author:          " + SampleDocuments.Author, info, StringComparison.Ordinal);
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(offer.PdfPath));
        Assert.Contains("/Lang(pl-PL)", raw, StringComparison.Ordinal);
        Assert.Contains("/DisplayDocTitle true", raw, StringComparison.Ordinal);

        var structure = Poppler.Info(offer.PdfPath, "-struct-text");
        foreach (var tag in new[] { "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "Caption", "THead", "TBody", "TFoot", "TR", "TH", "TD", "Div" })
        {
            Assert.Matches($@"(?m)^\s*{tag}\b", structure);
        }
        Assert.Contains("/Scope /Column", structure, StringComparison.Ordinal);
        Assert.Contains("/Scope /Row", structure, StringComparison.Ordinal);
        // The header repeated on later pages is an artifact: the structure holds it once.
        Assert.Equal(1, Occurrences(structure, "\"Rodzaj kosztu\""));
        // Page footers are artifacts too.
        Assert.DoesNotContain("Strona 1 z", structure, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_numbers_follow_the_document_language()
    {
        var english = new DocumentBuilder("Annual report", DocumentLanguage.English).Paragraph("One page.").Build();
        var path = Path.Combine(offer.Folder, "english.pdf");
        using (var file = File.Create(path)) new DocumentRenderer(TimeProvider.System).RenderPdf(english, file);
        var text = Poppler.Normalize(Poppler.Text(path));
        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
        Assert.Contains("/Lang(en-GB)", Encoding.Latin1.GetString(File.ReadAllBytes(path)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_longer_than_a_page_is_split_across_pages_without_losing_a_word()
    {
        var words = Enumerable.Range(1, 1500).Select(i => $"słowo{i}").ToArray();
        var document = new DocumentBuilder("Długi opis")
            .KeyValues("Opis", ("Opis działań", string.Join(' ', words)), ("Następne pole", "koniec"))
            .Paragraph("Akapit po tabeli.")
            .Build();
        var path = Path.Combine(offer.Folder, "long.pdf");
        using (var file = File.Create(path)) new DocumentRenderer(TimeProvider.System).RenderPdf(document, file);
        Assert.True(Poppler.PageCount(path) >= 2);
        var text = Poppler.Normalize(Poppler.Text(path));
        var found = WordPattern().Matches(text).Select(m => m.Value).ToArray();
        Assert.Equal(words, found);
        Assert.Contains("Następne pole koniec", text, StringComparison.Ordinal);
        Assert.Contains("Akapit po tabeli.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_wider_than_its_column_is_cut_not_clipped()
    {
        var iban = "PL61109010140000071219812874";
        var document = new DocumentBuilder("Rachunek")
            .Table("Rachunki", t => t.Column("Nr", 0.3).Column("Rachunek", 0.7).Row("1", iban + iban))
            .Build();
        var path = Path.Combine(offer.Folder, "narrow.pdf");
        using (var file = File.Create(path)) new DocumentRenderer(TimeProvider.System).RenderPdf(document, file);
        var text = Poppler.Text(path).Replace("\n", "", StringComparison.Ordinal);
        Assert.Contains(iban + iban, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_render_in_parallel_to_identical_text()
    {
        var renderer = new DocumentRenderer(TimeProvider.System);
        var model = SampleDocuments.Offer(costRows: 30);
        var paths = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
        {
            var path = Path.Combine(offer.Folder, $"parallel-{i}.pdf");
            using var file = File.Create(path);
            renderer.RenderPdf(model, file);
            return path;
        })));
        var texts = paths.Select(p => Poppler.Text(p)).ToList();
        Assert.All(texts, t => Assert.Equal(texts[0], t));
        Assert.Contains(SampleDocuments.PolishLetters, Poppler.Normalize(texts[0]), StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    [GeneratedRegex(@"słowo\d+")]
    private static partial Regex WordPattern();
}
