namespace Civitas.Platform.Identity;

/// <summary>Reads a six-digit code as people type it: "123 456" and "123-456" are fine.</summary>
internal static class OneTimeCode
{
    /// <summary>The six digits, or null when the input is anything else.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var digits = new string(input.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>A recovery code in Identity's stored form "XXXXX-XXXXX", whatever spacing, dashes
    /// or letter case it was typed with.</summary>
    public static string NormalizeRecoveryCode(string? input)
    {
        var clean = new string((input ?? "").Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        return clean.Length == 10 ? $"{clean[..5]}-{clean[5..]}" : clean;
    }
}
