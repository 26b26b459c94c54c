using Microsoft.AspNetCore.Html;

namespace Civitas.Platform.Markdown;

/// <summary>The only way user text becomes HTML: Markdown with raw HTML disabled, then an
/// allow-list sanitiser (Markdig alone keeps <c>javascript:</c> links, STACK.md pitfall 9).</summary>
public interface IMarkdownRenderer
{
    /// <summary>Renders sanitised HTML.</summary>
    IHtmlContent Render(string? markdown);

    /// <summary>Renders to a sanitised HTML string (documents, feeds).</summary>
    string RenderToString(string? markdown);

    /// <summary>Plain text of the Markdown (for feeds, summaries, PDFs).</summary>
    string ToPlainText(string? markdown);
}
