using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Civitas.Platform.Tests.Markdown;

/// <summary>What "safe" means for rendered user text, stated independently of the sanitiser's own lists.</summary>
internal static class MarkdownSafety
{
    /// <summary>The elements user text may produce. Images are deliberately absent: user text cannot
    /// load anything (no tracking pixels, no mixed content, no CSRF via GET).</summary>
    public static readonly HashSet<string> AllowedElements = new(StringComparer.Ordinal)
    {
        "p", "br", "hr", "strong", "em", "b", "i", "del", "ins", "sup", "sub", "mark", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
    };

    private static readonly HtmlParser Parser = new();

    /// <summary>Parses output the way a browser would (HTML5 fragment in a body) and fails on anything unsafe.</summary>
    public static void AssertSafe(string html, string input)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        foreach (var node in Parser.ParseFragment(html, document.Body!).ToArray()) document.Body!.AppendChild(node);

        foreach (var element in document.Body!.Descendants<IElement>())
        {
            var name = element.LocalName;
            Assert.True(AllowedElements.Contains(name) && element.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri,
                $"Element <{name}> in output of {Show(input)}: {html}");
            foreach (var attribute in element.Attributes)
            {
                var attr = attribute.Name.ToLowerInvariant();
                Assert.False(attr.StartsWith("on", StringComparison.Ordinal), $"Event handler {attr} in output of {Show(input)}: {html}");
                var allowed = (name, attr) switch
                {
                    ("a", "href" or "title" or "rel") => true,
                    ("td" or "th", "align") => true,
                    _ => false,
                };
                Assert.True(allowed, $"Attribute {attr} on <{name}> in output of {Show(input)}: {html}");
                if (attr is "href" or "src" or "action" or "formaction" or "background" or "data")
                {
                    Assert.True(IsSafeUrl(attribute.Value), $"Unsafe URL {attribute.Value} in output of {Show(input)}: {html}");
                }
            }
        }
        Assert.Empty(document.Body!.Descendants<IComment>());
    }

    /// <summary>http, https, mailto or relative, after removing what browsers ignore in a scheme.</summary>
    public static bool IsSafeUrl(string value)
    {
        var compact = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return true;
        var separator = compact.IndexOfAny(['/', '?', '#']);
        if (separator >= 0 && separator < colon) return true;
        return compact[..colon] is "http" or "https" or "mailto";
    }

    private static string Show(string input) => input.Replace("\n", "\\n", StringComparison.Ordinal);
}
