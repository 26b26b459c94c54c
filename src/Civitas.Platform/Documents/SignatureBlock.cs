namespace Civitas.Platform.Documents;

/// <summary>The closing signature block: place and date, then lines to sign on side by side. Kept on
/// one page.</summary>
/// <param name="PlaceAndDate">"Łódź, 12 marca 2026 r.", or null.</param>
/// <param name="Lines">The signature lines (at most three share a row).</param>
public sealed record SignatureBlock(string? PlaceAndDate, IReadOnlyList<SignatureLine> Lines) : DocumentBlock;
