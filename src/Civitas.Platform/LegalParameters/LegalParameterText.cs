using System.Globalization;
using Civitas.Platform.Resources;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.LegalParameters;

/// <summary>Puts legal parameters into words for officials: what the number means and the value
/// with its unit, in the user's language ("21 dni kalendarzowych", "10 000,00 zł", "30 listopada").</summary>
internal sealed class LegalParameterText(IStringLocalizer<AdminText> text)
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    /// <summary>A human description of the key; the key itself if no text exists (a module's new key).</summary>
    public string Description(string key)
    {
        var s = text["LegalParam." + key];
        return s.ResourceNotFound ? key : s.Value;
    }

    /// <summary>The value with its unit.</summary>
    public string Value(decimal value, LegalUnit unit, DayCountType dayType)
    {
        var culture = CultureInfo.CurrentCulture;
        return unit switch
        {
            // Amounts are złoty in Polish notation in both languages: the law states them so.
            LegalUnit.Zloty => value.ToString("#,0.00", Polish) + "\u00A0zł",
            LegalUnit.Percent => text["Unit.Percent", value.ToString("0.####", culture)].Value,
            LegalUnit.MonthDay => MonthDay(value).ToString("d MMMM", culture),
            LegalUnit.Count => value.ToString("0", culture),
            LegalUnit.Days => Counted("Unit.Days." + dayType switch
            {
                DayCountType.Calendar => "Calendar",
                DayCountType.Working => "Working",
                _ => "Plain",
            }, value),
            LegalUnit.Months => Counted("Unit.Months", value),
            LegalUnit.Years => Counted("Unit.Years", value),
            _ => value.ToString("0.####", culture),
        };
    }

    /// <summary>The unit's name for a form hint ("dni kalendarzowe", "zł", "dzień i miesiąc").</summary>
    public string UnitName(LegalUnit unit, DayCountType dayType)
        => text["Unit.Name." + unit + (unit == LegalUnit.Days ? "." + dayType : "")].Value;

    private static DateOnly MonthDay(decimal value)
    {
        var md = (int)value;
        return new DateOnly(2000, md / 100, md % 100);
    }

    // Polish has three plural forms: 1 dzień; 2–4, 22–24… dni kalendarzowe; 5–21, 25… dni kalendarzowych.
    // English resources give the same text for Few and Many.
    private string Counted(string baseKey, decimal value)
    {
        var n = (long)value;
        var form = n == 1 ? "One" : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? "Few" : "Many";
        return text[baseKey + "." + form, n.ToString("#,0", CultureInfo.CurrentCulture)].Value;
    }
}
