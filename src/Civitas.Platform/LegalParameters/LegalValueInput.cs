using System.Globalization;

namespace Civitas.Platform.LegalParameters;

/// <summary>Reads a legal parameter's new value as an official types it ("21", "10 000,00", "0,5",
/// "30.11") and checks it fits the unit.</summary>
internal static class LegalValueInput
{
    public const string Field = "Value";
    private const decimal MaxAmount = 999_999_999_999.99m; // decimal(18,4) keeps 14 digits before the point

    /// <summary>The stored value, or the coded error for the field.</summary>
    public static Result<decimal> Parse(string? text, LegalUnit unit)
    {
        var raw = (text ?? "").Trim();
        if (unit == LegalUnit.MonthDay) return ParseMonthDay(raw);
        if (!TryParseNumber(raw, out var value)) return Result.Fail<decimal>(new Error("LegalParams.Value.Number", Field));
        return unit switch
        {
            LegalUnit.Days or LegalUnit.Months or LegalUnit.Years or LegalUnit.Count =>
                value >= 0 && value == decimal.Truncate(value) && value <= 100_000
                    ? Result.Ok(value) : Result.Fail<decimal>(new Error("LegalParams.Value.Whole", Field)),
            LegalUnit.Percent =>
                value is >= 0 and <= 100 && Decimals(value) <= 4
                    ? Result.Ok(value) : Result.Fail<decimal>(new Error("LegalParams.Value.Percent", Field)),
            LegalUnit.Zloty =>
                value >= 0 && value <= MaxAmount && Decimals(value) <= 2
                    ? Result.Ok(value) : Result.Fail<decimal>(new Error("LegalParams.Value.Amount", Field)),
            _ => Result.Fail<decimal>(new Error("LegalParams.Value.Number", Field)),
        };
    }

    /// <summary>The value as the form shows it again ("30.11" for a month-day, "0,5" in Polish).</summary>
    public static string Format(decimal value, LegalUnit unit)
    {
        if (unit == LegalUnit.MonthDay)
        {
            var md = (int)value;
            return string.Create(CultureInfo.InvariantCulture, $"{md % 100:00}.{md / 100:00}");
        }
        return value.ToString(unit == LegalUnit.Zloty ? "0.00" : "0.####", CultureInfo.CurrentCulture);
    }

    private static Result<decimal> ParseMonthDay(string raw)
    {
        var parts = raw.TrimEnd('.').Split('.');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12
            // A yearly deadline must exist every year, so 29 February is refused (2001 is not a leap year).
            && day >= 1 && day <= DateTime.DaysInMonth(2001, month))
        {
            return Result.Ok((decimal)((month * 100) + day));
        }
        return Result.Fail<decimal>(new Error("LegalParams.Value.MonthDay", Field));
    }

    private static bool TryParseNumber(string raw, out decimal value)
    {
        value = 0;
        // Spaces (also the no-break and narrow no-break ones Polish uses between thousands) are dropped;
        // a comma or a point is the decimal separator, but not both at once ("10.000,50" is ambiguous).
        var compact = new string(raw.Where(c => !char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F')).ToArray());
        if (compact.Length == 0 || (compact.Contains(',', StringComparison.Ordinal) && compact.Contains('.', StringComparison.Ordinal))) return false;
        return decimal.TryParse(compact.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static int Decimals(decimal value)
    {
        var s = value.ToString(CultureInfo.InvariantCulture);
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : s.TrimEnd('0').Length - dot - 1;
    }
}
