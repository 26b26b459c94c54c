namespace Civitas.Platform.Documents;

/// <summary>A piece of text with one emphasis. The text is always text, never markup: every renderer
/// encodes it. A line feed (<c>\n</c>) is a line break.</summary>
/// <param name="Text">The text.</param>
/// <param name="Style">Its emphasis.</param>
public sealed record TextRun(string Text, TextStyle Style = TextStyle.Normal)
{
    /// <summary>Regular text.</summary>
    public static TextRun Plain(string text) => new(text);

    /// <summary>Bold text.</summary>
    public static TextRun Bold(string text) => new(text, TextStyle.Bold);

    /// <summary>Italic text.</summary>
    public static TextRun Italic(string text) => new(text, TextStyle.Italic);
}
