using System.Globalization;
using System.Resources;

namespace Civitas.Platform.Documents;

/// <summary>Texts the renderers print themselves ("Strona 2 z 5"), in the document's language rather
/// than the current UI language.</summary>
internal sealed class DocumentText
{
    private static readonly ResourceManager Resources = new(typeof(DocumentText));
    private readonly CultureInfo _culture;

    private DocumentText(CultureInfo culture) => _culture = culture;

    public static DocumentText For(DocumentLanguage language) => new(Culture(language));

    public static DocumentText ForCurrentUiCulture() => new(CultureInfo.CurrentUICulture);

    /// <summary>The text of <paramref name="key"/>; a missing key is a bug, caught by the resource tests.</summary>
    public string this[string key] => Resources.GetString(key, _culture) ?? throw new InvalidOperationException($"Missing document text {key}.");

    public string Format(string key, params object[] args) => string.Format(_culture, this[key], args);

    public static CultureInfo Culture(DocumentLanguage language)
        => CultureInfo.GetCultureInfo(language == DocumentLanguage.English ? "en-GB" : "pl-PL");

    /// <summary>The BCP 47 tag written to the PDF and DOCX language attributes.</summary>
    public static string LanguageTag(DocumentLanguage language) => language == DocumentLanguage.English ? "en-GB" : "pl-PL";

    /// <summary>The HTML <c>lang</c> value, as the site's own pages use it.</summary>
    public static string HtmlLanguage(DocumentLanguage language) => language == DocumentLanguage.English ? "en" : "pl";
}
