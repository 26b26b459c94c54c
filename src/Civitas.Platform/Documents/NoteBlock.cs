namespace Civitas.Platform.Documents;

/// <summary>Small print: explanations, footnotes of a template ("* niepotrzebne skreślić"), legal notes.</summary>
/// <param name="Runs">The note's text.</param>
public sealed record NoteBlock(IReadOnlyList<TextRun> Runs) : DocumentBlock;
