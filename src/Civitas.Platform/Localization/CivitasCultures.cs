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

    /// <summary>Runs <paramref name="body"/> with <paramref name="culture"/> as the UI and formatting culture, then
    /// restores both: a message for someone else (an e-mail in the reader's language) built during a request in another.</summary>
    public static T In<T>(string culture, Func<T> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var previous = CultureInfo.CurrentUICulture;
        var previousFormat = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return body();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }
    }
}
