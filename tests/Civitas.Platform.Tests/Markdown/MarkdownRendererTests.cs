using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Civitas.Platform.Markdown;

namespace Civitas.Platform.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> HtmlVectors() => new(XssVectors.Html);

    public static TheoryData<string> MarkdownVectors() => new(XssVectors.Markdown);

    [Theory]
    [MemberData(nameof(HtmlVectors))]
    public void Raw_HTML_vectors_typed_as_Markdown_render_safely(string vector)
    {
        MarkdownSafety.AssertSafe(Renderer.RenderToString(vector), vector);
        // Embedded in a paragraph and in a list, as users would paste it.
        MarkdownSafety.AssertSafe(Renderer.RenderToString("Zgłoszenie: " + vector + " koniec"), vector);
        MarkdownSafety.AssertSafe(Renderer.RenderToString("- " + vector), vector);
    }

    [Theory]
    [MemberData(nameof(HtmlVectors))]
    public void Raw_HTML_vectors_are_made_safe_by_the_sanitiser_itself(string vector)
    {
        // Defence in depth: Markdig escapes raw HTML, but the allow-list must hold on its own.
        var once = HtmlAllowList.Sanitize(vector);
        MarkdownSafety.AssertSafe(once, vector);
        // Serialising and parsing again must not change the tree (no mutation XSS).
        Assert.Equal(once, HtmlAllowList.Sanitize(once));
    }

    [Theory]
    [MemberData(nameof(MarkdownVectors))]
    public void Markdown_vectors_render_safely(string vector)
    {
        var html = Renderer.RenderToString(vector);
        MarkdownSafety.AssertSafe(html, vector);
        Assert.Equal(html, HtmlAllowList.Sanitize(html));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](&#x6A;avascript:alert(1))")]
    [InlineData("[x](java&#x09;script:alert(1))")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    public void A_dangerous_link_keeps_its_text_and_loses_its_target(string markdown)
    {
        var body = Parse(Renderer.RenderToString(markdown));
        Assert.Equal("x", body.TextContent.Trim());
        Assert.All(body.QuerySelectorAll("a"), a => Assert.Null(a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("https://bip.example.gov.pl/ogloszenia?id=5#tresc")]
    [InlineData("http://www.example.pl/")]
    [InlineData("mailto:urzad@miasto-przykladowe.example")]
    [InlineData("/konsultacje/2026")]
    [InlineData("#sekcja-2")]
    [InlineData("?strona=2")]
    [InlineData("../regulamin")]
    public void Safe_links_keep_their_target_and_get_rel_nofollow_noopener(string url)
    {
        var link = Parse(Renderer.RenderToString($"[Ogłoszenie]({url})")).QuerySelector("a")!;
        Assert.Equal(url, link.GetAttribute("href"));
        Assert.Equal("nofollow noopener noreferrer", link.GetAttribute("rel"));
        Assert.Equal("Ogłoszenie", link.TextContent);
    }

    [Fact]
    public void An_image_is_not_rendered_but_its_description_is_kept_as_text()
    {
        var html = Renderer.RenderToString("Mapa: ![Plan Rynku z zaznaczonym namiotem](https://example.com/plan.png)");
        var body = Parse(html);
        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.Equal("Mapa: Plan Rynku z zaznaczonym namiotem", body.TextContent.Trim());
    }

    [Fact]
    public void Ordinary_Polish_Markdown_renders_as_expected()
    {
        const string markdown = """
            # Ogłoszenie o otwartym konkursie ofert

            ## Zadanie publiczne: „Żółć gęśli w źródle”

            Zapraszamy **organizacje pozarządowe** i *podmioty z art. 3 ust. 3* do składania ofert.

            - termin: 21 dni,
            - kwota: 10 000 zł,
            - forma: wsparcie

            1. Złóż ofertę.
            2. Poczekaj na ocenę.

            Szczegóły w [Biuletynie Informacji Publicznej](https://bip.example.gov.pl/konkurs) i pod adresem https://www.example.pl.

            | Zadanie | Kwota |
            |---|--:|
            | Sport dzieci | 5 000 zł |
            | Kultura | 3 500 zł |

            Litery: ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ, `kod`, ~~skreślenie~~.
            """;
        var html = Renderer.RenderToString(markdown);
        MarkdownSafety.AssertSafe(html, markdown);
        var body = Parse(html);

        Assert.Equal("Ogłoszenie o otwartym konkursie ofert", body.QuerySelector("h1")!.TextContent);
        Assert.Equal("Zadanie publiczne: „Żółć gęśli w źródle”", body.QuerySelector("h2")!.TextContent);
        Assert.Equal("organizacje pozarządowe", body.QuerySelector("strong")!.TextContent);
        Assert.Equal("podmioty z art. 3 ust. 3", body.QuerySelector("em")!.TextContent);
        Assert.Equal(["termin: 21 dni,", "kwota: 10 000 zł,", "forma: wsparcie"], body.QuerySelectorAll("ul > li").Select(li => li.TextContent));
        Assert.Equal(["Złóż ofertę.", "Poczekaj na ocenę."], body.QuerySelectorAll("ol > li").Select(li => li.TextContent));
        var links = body.QuerySelectorAll("a").ToList();
        Assert.Equal("https://bip.example.gov.pl/konkurs", links[0].GetAttribute("href"));
        Assert.Equal("Biuletynie Informacji Publicznej", links[0].TextContent);
        Assert.Equal("https://www.example.pl", links[1].GetAttribute("href"));
        Assert.Equal(["Zadanie", "Kwota"], body.QuerySelectorAll("table thead th").Select(th => th.TextContent));
        Assert.Equal(["Sport dzieci", "5 000 zł", "Kultura", "3 500 zł"], body.QuerySelectorAll("table tbody td").Select(td => td.TextContent));
        Assert.Equal("kod", body.QuerySelector("code")!.TextContent);
        Assert.Equal("skreślenie", body.QuerySelector("del")!.TextContent);
        // Polish letters are written as themselves, not as entities.
        Assert.Contains("ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_HTML_in_Markdown_is_shown_as_text()
    {
        var body = Parse(Renderer.RenderToString("Uwaga <script>alert(1)</script> i <b>pogrubienie</b>"));
        Assert.Empty(body.QuerySelectorAll("script, b"));
        Assert.Contains("<script>alert(1)</script>", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_text_renders_nothing_and_plain_text_drops_the_markup()
    {
        Assert.Equal("", Renderer.RenderToString(null));
        Assert.Equal("", Renderer.RenderToString("   \n "));
        Assert.Equal("Termin: 21 dni", Renderer.ToPlainText("**Termin:** [21 dni](https://example.com)"));
    }

    private static IElement Parse(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        foreach (var node in Parser.ParseFragment(html, document.Body!).ToArray()) document.Body!.AppendChild(node);
        return document.Body!;
    }
}
