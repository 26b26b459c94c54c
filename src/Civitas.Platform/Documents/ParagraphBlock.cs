namespace Civitas.Platform.Documents;

/// <summary>A paragraph of text runs. Lines wrap at word boundaries; a single-letter word (a, i, o, u, w, z)
/// stays with the next word in the PDF, as Polish typesetting requires.</summary>
/// <param name="Runs">The runs, in reading order.</param>
public sealed record ParagraphBlock(IReadOnlyList<TextRun> Runs) : DocumentBlock;
