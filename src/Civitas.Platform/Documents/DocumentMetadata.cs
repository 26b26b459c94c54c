namespace Civitas.Platform.Documents;

/// <summary>Properties written to the PDF information dictionary and the DOCX core properties.</summary>
/// <param name="Author">The author: a person or the organisation or office the document comes from.</param>
/// <param name="Subject">What the document is about (e.g. the competition's name).</param>
/// <param name="Created">When the document was created; the renderer's clock when null.</param>
public sealed record DocumentMetadata(string? Author = null, string? Subject = null, DateTimeOffset? Created = null);
