namespace Civitas.Platform.Documents;

/// <summary>One block of a <see cref="DocumentModel"/>: <see cref="HeadingBlock"/>, <see cref="ParagraphBlock"/>,
/// <see cref="ListBlock"/>, <see cref="KeyValueBlock"/>, <see cref="TableBlock"/>, <see cref="PageBreakBlock"/>,
/// <see cref="SignatureBlock"/> or <see cref="NoteBlock"/>. The set is closed: renderers know every kind.</summary>
public abstract record DocumentBlock
{
    private protected DocumentBlock()
    {
    }
}
