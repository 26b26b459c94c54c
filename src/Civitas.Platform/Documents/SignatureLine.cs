namespace Civitas.Platform.Documents;

/// <summary>A line to sign on, with what it is for under it.</summary>
/// <param name="Caption">What the signature means ("podpis osoby upoważnionej do reprezentowania oferenta").</param>
/// <param name="Name">The signatory's name and function printed under the line, or null.</param>
public sealed record SignatureLine(string Caption, string? Name = null);
