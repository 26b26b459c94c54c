namespace Civitas.Platform.Documents;

/// <summary>Starts a new page in PDF and DOCX; nothing in HTML.</summary>
public sealed record PageBreakBlock : DocumentBlock
{
    /// <summary>The page break.</summary>
    public static PageBreakBlock Instance { get; } = new();

    private PageBreakBlock()
    {
    }
}
