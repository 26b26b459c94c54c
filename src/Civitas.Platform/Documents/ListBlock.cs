namespace Civitas.Platform.Documents;

/// <summary>A bulleted or numbered list (numbers start at 1).</summary>
/// <param name="Numbered">True for 1., 2., 3.; false for bullets.</param>
/// <param name="Items">One paragraph per item.</param>
public sealed record ListBlock(bool Numbered, IReadOnlyList<ParagraphBlock> Items) : DocumentBlock;
