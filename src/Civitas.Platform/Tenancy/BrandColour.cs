using System.Globalization;

namespace Civitas.Platform.Tenancy;

/// <summary>A tenant's brand colour: "#rrggbb", used as the background of white header text and
/// buttons, so it must keep the contrast WCAG 2.1 success criterion 1.4.3 asks of normal text.</summary>
internal static class BrandColour
{
    /// <summary>WCAG 2.1 SC 1.4.3 (level AA) minimum contrast ratio for normal-size text. A constant of
    /// the standard itself (EN 301 549, which ustawa o dostępności cyfrowej applies), not a number a
    /// JST may configure.</summary>
    public const double MinimumContrastWithWhite = 4.5;

    /// <summary>Parses "#rrggbb" (either case, surrounding spaces ignored) into its lower-case form.</summary>
    public static bool TryNormalize(string? value, out string normalized)
    {
        normalized = "";
        var v = value?.Trim() ?? "";
        if (v.Length != 7 || v[0] != '#') return false;
        foreach (var c in v.AsSpan(1))
        {
            if (!char.IsAsciiHexDigit(c)) return false;
        }
        normalized = v.ToLowerInvariant();
        return true;
    }

    /// <summary>Contrast ratio (1 to 21) between white and a "#rrggbb" colour, by the WCAG 2.1
    /// definitions of relative luminance and contrast ratio.</summary>
    public static double ContrastWithWhite(string colour)
    {
        if (!TryNormalize(colour, out var c)) throw new ArgumentException($"Not a #rrggbb colour: {colour}", nameof(colour));
        var r = Channel(c.AsSpan(1, 2));
        var g = Channel(c.AsSpan(3, 2));
        var b = Channel(c.AsSpan(5, 2));
        var luminance = (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
        return (1.0 + 0.05) / (luminance + 0.05);
    }

    /// <summary>Null when the colour is usable, or the coded error naming its ratio and the minimum.</summary>
    public static Error? Check(string? value, string field)
    {
        if (!TryNormalize(value, out var colour)) return new Error("Colour.Format", field);
        var ratio = ContrastWithWhite(colour);
        if (ratio >= MinimumContrastWithWhite) return null;
        // Rounded down, so a refused colour never shows a ratio that reads as the minimum (4.496 → 4.49).
        var shown = Math.Floor(ratio * 100) / 100;
        return new Error("Colour.Contrast", field, shown.ToString("0.00", CultureInfo.CurrentCulture),
            MinimumContrastWithWhite.ToString("0.0", CultureInfo.CurrentCulture));
    }

    private static double Channel(ReadOnlySpan<char> hex)
    {
        var srgb = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return srgb <= 0.04045 ? srgb / 12.92 : Math.Pow((srgb + 0.055) / 1.055, 2.4);
    }
}
