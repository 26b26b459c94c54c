namespace Civitas.Organisations.Identifiers;

/// <summary>KRS number: exactly 10 digits with the leading zeros ("0000096794"); the register has no
/// check digit. Surrounding spaces are trimmed; anything else is refused, so "96794" is an error that
/// asks for the full number rather than a guess.</summary>
internal static class KrsNumber
{
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var s = input.Trim();
        return s.Length == 10 && s.All(char.IsAsciiDigit) ? s : null;
    }

    public static bool IsValid(string? input) => Normalize(input) is not null;
}
