namespace Civitas.Platform.Documents;

/// <summary>A section heading. Level 1 is the highest section level below the document title:
/// HTML <c>h2</c>–<c>h4</c> (with the title as <c>h1</c>), DOCX styles Heading1–Heading3 (the title uses
/// Title), tagged PDF H2–H4 (the title is H1).</summary>
/// <param name="Level">1, 2 or 3.</param>
/// <param name="Text">The heading's text.</param>
public sealed record HeadingBlock(int Level, string Text) : DocumentBlock;
