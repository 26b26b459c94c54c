using System.Globalization;
using Civitas.Platform.Calendar;

namespace Civitas.Grants.Web.Competitions;

/// <summary>Dates, instants and amounts in the reader's language (instants always in Warsaw time).</summary>
internal static class CompetitionFormat
{
    public static string Instant(DateTimeOffset instant) => WarsawTime.ToLocal(instant).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    public static string Date(DateOnly? date) => date is { } d ? d.ToString("d MMMM yyyy", CultureInfo.CurrentCulture) : "—";

    public static string Money(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture) + " zł";

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.CurrentCulture) + "%" : "—";
}
