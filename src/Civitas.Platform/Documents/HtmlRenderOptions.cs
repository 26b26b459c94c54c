namespace Civitas.Platform.Documents;

/// <summary>How <see cref="IDocumentRenderer.RenderHtml"/> fits the fragment into a page.</summary>
/// <param name="TitleLevel">Heading level of the document's title (1–5); section headings follow it
/// (level 1 → <c>TitleLevel + 1</c>, at most <c>h6</c>). Use 2 when the page already has its own <c>h1</c>.</param>
/// <param name="IncludeTitle">False when the page shows the title itself (its <c>h1</c>).</param>
public sealed record HtmlRenderOptions(int TitleLevel = 1, bool IncludeTitle = true)
{
    /// <summary>The defaults: the title is the fragment's <c>h1</c>.</summary>
    public static HtmlRenderOptions Default { get; } = new();
}
