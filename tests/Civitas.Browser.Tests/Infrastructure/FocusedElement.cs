namespace Civitas.Browser.Tests.Infrastructure;

/// <summary>What has the keyboard focus (document.activeElement), as a keyboard user would perceive it.</summary>
public sealed class FocusedElement
{
    public string Tag { get; set; } = "";
    public string Id { get; set; } = "";
    /// <summary>The accessible text: aria-label, else the visible text, else the value.</summary>
    public string Text { get; set; } = "";
    public string? Href { get; set; }
    public string? Type { get; set; }
    public bool HasOutline { get; set; }
    public bool HasBoxShadow { get; set; }
    public bool InViewport { get; set; }

    /// <summary>A focus indicator is drawn on screen: an outline or a box shadow (WCAG 2.4.7).</summary>
    public bool HasVisibleIndicator => (HasOutline || HasBoxShadow) && InViewport;

    public bool IsLink(string text) => Tag == "a" && string.Equals(Text, text, StringComparison.Ordinal);

    public override string ToString()
        => $"<{Tag}{(Id.Length > 0 ? " id=" + Id : "")}{(Href is null ? "" : " href=" + Href)}> \"{Text}\"";
}
