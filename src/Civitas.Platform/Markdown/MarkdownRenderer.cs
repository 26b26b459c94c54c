using Markdig;
using Microsoft.AspNetCore.Html;

namespace Civitas.Platform.Markdown;

internal sealed class MarkdownRenderer : IMarkdownRenderer
{
    // No UseAdvancedExtensions: generic attributes would let users add arbitrary attributes.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    public IHtmlContent Render(string? markdown) => new HtmlString(RenderToString(markdown));

    public string RenderToString(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var html = Markdig.Markdown.ToHtml(markdown, Pipeline);
        return HtmlAllowList.Sanitize(html);
    }

    public string ToPlainText(string? markdown)
        => string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();
}
