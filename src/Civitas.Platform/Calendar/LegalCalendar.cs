using Civitas.Platform.LegalParameters;

namespace Civitas.Platform.Calendar;

/// <summary>
/// Day arithmetic of Polish deadlines. A deadline in days starts the day after the event and ends
/// at the end of its last day (KC art. 111; KPA art. 57 § 1); a deadline in months ends on the day of
/// the same number, or the month's last day (KC art. 112). Working days are Monday to Friday except
/// public holidays. Where the tenant applies KPA art. 57 § 4, a deadline whose last day is a Saturday,
/// Sunday or public holiday ends on the next working day.
/// </summary>
public static class LegalCalendar
{
    /// <summary>True for a public holiday.</summary>
    public static bool IsPublicHoliday(DateOnly date) => PolishHolidays.On(date) is not null;

    /// <summary>True for Monday–Friday that is not a public holiday.</summary>
    public static bool IsWorkingDay(DateOnly date)
        => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(date);

    /// <summary>The date itself if a working day, else the next working day.</summary>
    public static DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date)) date = date.AddDays(1);
        return date;
    }

    /// <summary>The day <paramref name="days"/> working days after <paramref name="start"/> (the start day itself not counted).</summary>
    public static DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) days--;
        }
        return date;
    }

    /// <summary>Working days in the half-open range (from, to].</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d)) count++;
        }
        return count;
    }

    /// <summary>
    /// The deadline <paramref name="amount"/> units after the event day <paramref name="eventDay"/>.
    /// </summary>
    public static DeadlineResult Deadline(DateOnly eventDay, int amount, LegalUnit unit, DayCountType dayType, bool moveOffNonWorkingDays)
    {
        var last = (unit, dayType) switch
        {
            (LegalUnit.Days, DayCountType.Working) => AddWorkingDays(eventDay, amount),
            (LegalUnit.Days, _) => eventDay.AddDays(amount),
            (LegalUnit.Months, _) => eventDay.AddMonths(amount),
            (LegalUnit.Years, _) => eventDay.AddYears(amount),
            _ => throw new ArgumentException($"{unit} is not a period.", nameof(unit)),
        };
        var moved = moveOffNonWorkingDays ? NextWorkingDayOnOrAfter(last) : last;
        return new DeadlineResult(moved, last, WarsawTime.EndOfDay(moved));
    }

    /// <summary>The deadline for a legal parameter that is a period.</summary>
    public static DeadlineResult Deadline(DateOnly eventDay, LegalValue period, bool moveOffNonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Deadline(eventDay, period.AsInt(), period.Unit, period.DayType, moveOffNonWorkingDays);
    }
}
