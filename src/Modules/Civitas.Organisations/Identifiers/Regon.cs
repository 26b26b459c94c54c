namespace Civitas.Organisations.Identifiers;

/// <summary>
/// REGON, 9 digits (an entity) or 14 digits (a local unit: the parent's 9 digits, 4 more, a second
/// check digit). Accepted input: plain digits, surrounding spaces trimmed; separators are refused
/// (REGON is never printed with them, and GUS's own validator refuses them).
/// The KRS API writes an entity's 9-digit REGON padded with five zeros ("37109197200000"); no local
/// unit is numbered 0000, so such a number is read as the 9-digit REGON it stands for.
/// </summary>
internal static class Regon
{
    private static readonly int[] Weights9 = [8, 9, 2, 3, 4, 5, 6, 7];
    private static readonly int[] Weights14 = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var s = input.Trim();
        if (s.Length is not (9 or 14) || !s.All(char.IsAsciiDigit)) return null;
        if (!CheckDigitOk(s.AsSpan(0, 9), Weights9)) return null;
        if (s.Length == 9) return s;
        if (s.EndsWith("00000", StringComparison.Ordinal)) return s[..9];
        return CheckDigitOk(s, Weights14) ? s : null;
    }

    public static bool IsValid(string? input) => Normalize(input) is not null;

    private static bool CheckDigitOk(ReadOnlySpan<char> digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += (digits[i] - '0') * weights[i];
        var check = sum % 11;
        if (check == 10) check = 0;
        return check == digits[weights.Length] - '0';
    }
}
