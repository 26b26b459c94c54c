namespace Civitas.Organisations.Identifiers;

/// <summary>
/// NIP (numer identyfikacji podatkowej), 10 digits with a mod-11 check digit.
/// Accepted input (decision, docs/glossary.md): digits with spaces or dashes anywhere between them,
/// optionally preceded by one "PL" country prefix (as on EU VAT invoices: "PL 584-030-44-72").
/// A doubled prefix, letters or another length are refused. Stored as 10 plain digits.
/// </summary>
internal static class Nip
{
    private static readonly int[] Weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];

    /// <summary>The 10 digits of a valid NIP, or null when the input is not one.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var s = input.Trim();
        if (s.StartsWith("PL", StringComparison.OrdinalIgnoreCase)) s = s[2..].TrimStart(' ', '-');
        Span<char> digits = stackalloc char[10];
        var n = 0;
        foreach (var c in s)
        {
            if (c is ' ' or '-') continue;
            if (!char.IsAsciiDigit(c) || n == 10) return null;
            digits[n++] = c;
        }
        if (n != 10) return null;
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (digits[i] - '0') * Weights[i];
        var check = sum % 11;
        return check != 10 && check == digits[9] - '0' ? new string(digits) : null;
    }

    public static bool IsValid(string? input) => Normalize(input) is not null;
}
