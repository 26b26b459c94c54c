namespace Civitas.Organisations.Identifiers;

/// <summary>PESEL: 11 digits, a check digit and an encoded birth date (the month carries the century:
/// +80 for the 1800s, +0 for the 1900s, +20, +40, +60 for the 2000s, 2100s, 2200s). Plain digits only.
/// Used where a person must be identified without an account (members of an organisation's board
/// are never stored by this module; the KRS masks them).</summary>
internal static class Pesel
{
    private static readonly int[] Weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

    public static bool IsValid(string? input) => BirthDate(input) is not null;

    /// <summary>The birth date of a valid PESEL, or null when the number is invalid.</summary>
    public static DateOnly? BirthDate(string? input)
    {
        if (input is null || input.Length != 11 || !input.All(char.IsAsciiDigit)) return null;
        var sum = 0;
        for (var i = 0; i < 10; i++) sum += (input[i] - '0') * Weights[i];
        if ((10 - (sum % 10)) % 10 != input[10] - '0') return null;
        var yy = int.Parse(input.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        var mm = int.Parse(input.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
        var dd = int.Parse(input.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture);
        var (century, month) = mm switch
        {
            >= 81 and <= 92 => (1800, mm - 80),
            >= 1 and <= 12 => (1900, mm),
            >= 21 and <= 32 => (2000, mm - 20),
            >= 41 and <= 52 => (2100, mm - 40),
            >= 61 and <= 72 => (2200, mm - 60),
            _ => (0, 0),
        };
        if (century == 0) return null;
        var year = century + yy;
        return dd >= 1 && dd <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, dd) : null;
    }

    /// <summary>True for a man (odd tenth digit), false for a woman; null for an invalid number.</summary>
    public static bool? IsMale(string? input) => BirthDate(input) is null ? null : (input![9] - '0') % 2 == 1;
}
