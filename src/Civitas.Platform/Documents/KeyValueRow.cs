namespace Civitas.Platform.Documents;

/// <summary>One "label: value" pair of a <see cref="KeyValueBlock"/>.</summary>
/// <param name="Label">The label ("Numer KRS").</param>
/// <param name="Value">The value ("0000123456"); a line feed is a line break.</param>
public sealed record KeyValueRow(string Label, string Value);
