using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Civitas.Platform.Markdown;

/// <summary>
/// Allow-list sanitiser over AngleSharp's HTML5 parser: keeps the tags Markdown produces, drops every
/// attribute but <c>href</c>/<c>title</c> on links and <c>align</c> on table cells, and keeps only
/// http, https, mailto and relative URLs. Unknown elements are unwrapped (their text stays), and
/// dangerous ones (script, style, iframe…) are removed with their content. Images are not allowed
/// (user text must not load anything: no tracking pixels, no requests on the reader's behalf); an
/// image becomes its description, so nothing the author wrote is lost.
/// </summary>
internal static class HtmlAllowList
{
    private static readonly HashSet<string> AllowedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "strong", "em", "b", "i", "del", "ins", "sup", "sub", "mark", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
    };

    private static readonly HashSet<string> RemoveWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "frame", "frameset",
        "applet", "base", "link", "meta", "title", "textarea", "select", "button", "form", "input", "xmp", "plaintext",
    };

    private static readonly HtmlParser Parser = new();

    public static string Sanitize(string html)
    {
        var document = Parser.ParseDocument("<body></body>");
        var body = document.Body!;
        var nodes = Parser.ParseFragment(html, body);
        foreach (var node in nodes.ToArray()) body.AppendChild(node);
        Clean(body);
        return body.InnerHtml;
    }

    private static void Clean(INode parent)
    {
        // Copy first: the live child list changes as nodes move (STACK.md pitfall 16).
        foreach (var node in parent.ChildNodes.ToArray())
        {
            switch (node)
            {
                case IElement element when RemoveWithContent.Contains(element.LocalName):
                    element.Remove();
                    break;
                case IElement element when element.LocalName == "img":
                    var description = element.GetAttribute("alt");
                    if (!string.IsNullOrWhiteSpace(description)) parent.InsertBefore(element.Owner!.CreateTextNode(description), element);
                    element.Remove();
                    break;
                case IElement element when !AllowedTags.Contains(element.LocalName):
                    Clean(element);
                    foreach (var child in element.ChildNodes.ToArray()) parent.InsertBefore(child, element);
                    element.Remove();
                    break;
                case IElement element:
                    CleanAttributes(element);
                    Clean(element);
                    break;
                case IComment comment:
                    comment.Remove();
                    break;
            }
        }
    }

    private static void CleanAttributes(IElement element)
    {
        foreach (var attribute in element.Attributes.ToArray())
        {
            var name = attribute.Name.ToLowerInvariant();
            var keep = (element.LocalName, name) switch
            {
                ("a", "href") => IsSafeUrl(attribute.Value),
                ("a", "title") => true,
                ("td" or "th", "align") => attribute.Value is "left" or "right" or "center",
                _ => false,
            };
            if (!keep) element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
        }
        if (element.LocalName == "a")
        {
            // External links in user text must not pass the referrer or get a handle on our window.
            element.SetAttribute("rel", "nofollow noopener noreferrer");
        }
    }

    internal static bool IsSafeUrl(string value)
    {
        // Browsers ignore control characters and whitespace inside the scheme ("java\tscript:").
        var compact = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return true; // relative
        var firstSeparator = compact.IndexOfAny(['/', '?', '#']);
        if (firstSeparator >= 0 && firstSeparator < colon) return true; // colon after the path starts
        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
