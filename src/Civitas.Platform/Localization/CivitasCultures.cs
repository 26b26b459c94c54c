using System.Globalization;

namespace Civitas.Platform.Localization;

/// <summary>UI languages: Polish (default) and English.</summary>
public static class CivitasCultures
{
    /// <summary>Polish, the default.</summary>
    public const string Polish = "pl";
    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Supported cultures, default first.</summary>
    public static IReadOnlyList<CultureInfo> Supported { get; } = [new CultureInfo(Polish), new CultureInfo(English)];

    /// <summary>True when the current UI culture is English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;
}
