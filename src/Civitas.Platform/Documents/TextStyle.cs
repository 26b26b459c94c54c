namespace Civitas.Platform.Documents;

/// <summary>Emphasis of a <see cref="TextRun"/>; combine with <c>|</c>.</summary>
[Flags]
public enum TextStyle
{
    /// <summary>Regular text.</summary>
    Normal = 0,

    /// <summary>Bold (HTML <c>strong</c>).</summary>
    Bold = 1,

    /// <summary>Italic (HTML <c>em</c>).</summary>
    Italic = 2,
}
