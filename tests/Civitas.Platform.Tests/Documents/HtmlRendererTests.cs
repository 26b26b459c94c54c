using AngleSharp.Html.Parser;
using Civitas.Platform.Documents;

namespace Civitas.Platform.Tests.Documents;

public sealed class HtmlRendererTests
{
    private const string Attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private static readonly DocumentRenderer Renderer = new(TimeProvider.System);

    [Fact]
    public void User_text_is_encoded_in_every_block_and_never_becomes_markup()
    {
        var document = new DocumentBuilder("Tytuł " + Attack)
            .Heading(1, "Nagłówek " + Attack)
            .Paragraph(TextRun.Plain("Akapit " + Attack), TextRun.Bold(Attack))
            .BulletList("Punkt " + Attack)
            .KeyValues(Attack, ("Etykieta " + Attack, "Wartość " + Attack))
            .Table("Tabela " + Attack, t => t.Column("Kolumna " + Attack).Row("Komórka " + Attack).Total(Attack))
            .Signatures(Attack, new SignatureLine(Attack, Attack))
            .Note(Attack)
            .Footer(Attack)
            .Build();
        var html = Renderer.RenderHtml(document).ToString()!;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var fragment = new HtmlParser().ParseDocument(html);
        Assert.Empty(fragment.QuerySelectorAll("script, img, [onerror]"));
        // The text survives as text.
        Assert.Equal("Akapit " + Attack + Attack, fragment.QuerySelector("article > p")!.TextContent);
    }

    [Fact]
    public void The_fragment_is_semantic_HTML_in_the_document_language_without_inline_styles()
    {
        var html = Renderer.RenderHtml(SampleDocuments.Offer(costRows: 3)).ToString()!;
        var page = new HtmlParser().ParseDocument(html);
        var article = page.QuerySelector("article")!;
        Assert.Equal("pl", article.GetAttribute("lang"));
        Assert.Equal(SampleDocuments.Title, article.QuerySelector("h1")!.TextContent);
        Assert.Equal(["I. Podstawowe informacje o złożonej ofercie", "II. Kalkulacja przewidywanych kosztów", "III. Oświadczenia"],
            article.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal("Opis zadania", article.QuerySelector("h3")!.TextContent);
        Assert.Equal(3, article.QuerySelectorAll("ul > li").Length);
        Assert.Equal(3, article.QuerySelectorAll("ol > li").Length);
        Assert.Equal("Opis: ", article.QuerySelector("p > strong")!.TextContent);
        Assert.Equal(SampleDocuments.Typography, article.QuerySelector("p > em")!.TextContent);

        var costs = article.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Zestawienie kosztów");
        Assert.Equal("table-wrap", costs.ParentElement!.ClassName);
        Assert.All(costs.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(3, costs.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(["num", "", "num", "num"], costs.QuerySelectorAll("tbody tr:first-child td").Select(td => td.ClassName ?? ""));
        Assert.Equal("Razem", costs.QuerySelector("tfoot strong")!.TextContent);

        var offeror = article.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Dane oferenta");
        Assert.All(offeror.QuerySelectorAll("th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Equal("ul. Źródlana 5<br>90-001 Łódź", offeror.QuerySelectorAll("td")[2].InnerHtml);

        Assert.Empty(page.QuerySelectorAll("[style], style, script"));
        Assert.Equal(SampleDocuments.Checksum, article.QuerySelector("footer")!.TextContent);
        Assert.Contains(SampleDocuments.PolishLetters, html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_level_option_fits_the_fragment_under_a_page_heading()
    {
        var document = new DocumentBuilder("Protokół").Heading(1, "Skład komisji").Heading(3, "Uwagi").Build();
        var html = Renderer.RenderHtml(document, new HtmlRenderOptions(TitleLevel: 2)).ToString()!;
        var page = new HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("article h1"));
        Assert.Equal("Protokół", page.QuerySelector("article h2")!.TextContent);
        Assert.Equal("Skład komisji", page.QuerySelector("article h3")!.TextContent);
        Assert.Equal("Uwagi", page.QuerySelector("article h5")!.TextContent);

        var untitled = new HtmlParser().ParseDocument(Renderer.RenderHtml(document, new HtmlRenderOptions(IncludeTitle: false)).ToString()!);
        Assert.DoesNotContain("Protokół", untitled.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Skład komisji", untitled.QuerySelector("article h2")!.TextContent);
    }
}
