using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;

namespace Civitas.Platform.Tests.Calendar;

public sealed class LegalCalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2026, 5, 4, true)]    // Monday
    [InlineData(2026, 5, 8, true)]    // Friday
    [InlineData(2026, 5, 9, false)]   // Saturday
    [InlineData(2026, 5, 10, false)]  // Sunday
    [InlineData(2026, 1, 6, false)]   // Epiphany, a Tuesday
    [InlineData(2026, 4, 6, false)]   // Easter Monday
    [InlineData(2026, 4, 3, true)]    // Good Friday is not a public holiday in Poland
    [InlineData(2026, 6, 4, false)]   // Corpus Christi, a Thursday
    [InlineData(2024, 12, 24, true)]  // Christmas Eve 2024: an ordinary Tuesday
    [InlineData(2025, 12, 24, false)] // Christmas Eve 2025: a public holiday
    public void A_working_day_is_Monday_to_Friday_except_public_holidays(int y, int m, int d, bool working)
    {
        Assert.Equal(working, LegalCalendar.IsWorkingDay(D(y, m, d)));
    }

    [Fact]
    public void Adding_working_days_skips_the_May_long_weekend()
    {
        // 30 April 2026 is a Thursday; 1 May (Friday) and 3 May (Sunday) are holidays.
        Assert.Equal(D(2026, 5, 4), LegalCalendar.AddWorkingDays(D(2026, 4, 30), 1));
        Assert.Equal(D(2026, 5, 5), LegalCalendar.AddWorkingDays(D(2026, 4, 30), 2));
        // Starting on the holiday itself counts from the next day.
        Assert.Equal(D(2026, 5, 4), LegalCalendar.AddWorkingDays(D(2026, 5, 1), 1));
    }

    [Fact]
    public void Adding_working_days_skips_24_to_26_December_2025_but_not_24_December_2024()
    {
        // 2025: Wednesday 24 (holiday from 2025), Thursday 25, Friday 26, then the weekend.
        Assert.Equal(D(2025, 12, 29), LegalCalendar.AddWorkingDays(D(2025, 12, 23), 1));
        Assert.Equal(D(2025, 12, 30), LegalCalendar.AddWorkingDays(D(2025, 12, 23), 2));
        Assert.Equal(1, LegalCalendar.WorkingDaysBetween(D(2025, 12, 23), D(2025, 12, 29)));
        // 2024: Tuesday 24 December was a working day.
        Assert.Equal(D(2024, 12, 24), LegalCalendar.AddWorkingDays(D(2024, 12, 23), 1));
        Assert.Equal(D(2024, 12, 27), LegalCalendar.AddWorkingDays(D(2024, 12, 23), 2));
    }

    [Fact]
    public void Adding_no_working_days_keeps_the_day_and_a_negative_count_is_a_bug()
    {
        Assert.Equal(D(2026, 5, 9), LegalCalendar.AddWorkingDays(D(2026, 5, 9), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalCalendar.AddWorkingDays(D(2026, 5, 9), -1));
    }

    [Fact]
    public void Working_days_between_two_dates_count_the_end_but_not_the_start()
    {
        Assert.Equal(5, LegalCalendar.WorkingDaysBetween(D(2026, 5, 8), D(2026, 5, 15)));
        Assert.Equal(0, LegalCalendar.WorkingDaysBetween(D(2026, 5, 8), D(2026, 5, 8)));
        for (var n = 0; n <= 40; n++)
        {
            var start = D(2025, 12, 15);
            Assert.Equal(n, LegalCalendar.WorkingDaysBetween(start, LegalCalendar.AddWorkingDays(start, n)));
        }
    }

    [Theory]
    // 4 May 2026 (Monday) + 5 days = Saturday 9 May.
    [InlineData(2026, 5, 4, 5, 2026, 5, 9, 2026, 5, 11)]
    // 21 October 2026 + 21 days = 11 November, Independence Day.
    [InlineData(2026, 10, 21, 21, 2026, 11, 11, 2026, 11, 12)]
    // 28 March 2026 + 7 days = Saturday 4 April, then Easter Sunday and Easter Monday.
    [InlineData(2026, 3, 28, 7, 2026, 4, 4, 2026, 4, 7)]
    // 18 December 2025 + 6 days = 24 December 2025 (holiday), then 25, 26, the weekend.
    [InlineData(2025, 12, 18, 6, 2025, 12, 24, 2025, 12, 29)]
    public void A_calendar_day_deadline_on_a_non_working_day_moves_to_the_next_working_day_only_when_asked(
        int y, int m, int d, int days, int ly, int lm, int ld, int my, int mm, int md)
    {
        var kept = LegalCalendar.Deadline(D(y, m, d), days, LegalUnit.Days, DayCountType.Calendar, moveOffNonWorkingDays: false);
        Assert.Equal(D(ly, lm, ld), kept.LastDay);
        Assert.False(kept.WasMoved);
        Assert.Equal(WarsawTime.EndOfDay(D(ly, lm, ld)), kept.EndsBefore);

        var moved = LegalCalendar.Deadline(D(y, m, d), days, LegalUnit.Days, DayCountType.Calendar, moveOffNonWorkingDays: true);
        Assert.Equal(D(my, mm, md), moved.LastDay);
        Assert.Equal(D(ly, lm, ld), moved.UnmovedLastDay);
        Assert.True(moved.WasMoved);
        Assert.Equal(WarsawTime.EndOfDay(D(my, mm, md)), moved.EndsBefore);
    }

    [Fact]
    public void A_deadline_ending_on_a_working_day_does_not_move()
    {
        var result = LegalCalendar.Deadline(D(2026, 5, 4), 4, LegalUnit.Days, DayCountType.Calendar, moveOffNonWorkingDays: true);
        Assert.Equal(D(2026, 5, 8), result.LastDay);
        Assert.False(result.WasMoved);
    }

    [Theory]
    // KC art. 112: the day of the same number, or the last day of a shorter month.
    [InlineData(2026, 1, 31, 1, 2026, 2, 28)]
    [InlineData(2028, 1, 31, 1, 2028, 2, 29)]
    [InlineData(2026, 3, 31, 1, 2026, 4, 30)]
    [InlineData(2026, 1, 15, 1, 2026, 2, 15)]
    [InlineData(2026, 8, 31, 3, 2026, 11, 30)]
    [InlineData(2025, 12, 31, 2, 2026, 2, 28)]
    [InlineData(2027, 11, 30, 3, 2028, 2, 29)]
    public void A_month_deadline_ends_on_the_same_day_number_or_the_last_day_of_a_shorter_month(int y, int m, int d, int months, int ly, int lm, int ld)
    {
        var result = LegalCalendar.Deadline(D(y, m, d), months, LegalUnit.Months, DayCountType.None, moveOffNonWorkingDays: false);
        Assert.Equal(D(ly, lm, ld), result.LastDay);
    }

    [Fact]
    public void A_month_deadline_ending_on_Saturday_28_February_2026_moves_to_Monday_2_March_when_asked()
    {
        var moved = LegalCalendar.Deadline(D(2026, 1, 31), 1, LegalUnit.Months, DayCountType.None, moveOffNonWorkingDays: true);
        Assert.Equal(D(2026, 3, 2), moved.LastDay);
        Assert.Equal(D(2026, 2, 28), moved.UnmovedLastDay);
    }

    [Fact]
    public void A_year_deadline_from_29_February_ends_on_28_February()
    {
        var result = LegalCalendar.Deadline(D(2028, 2, 29), 1, LegalUnit.Years, DayCountType.None, moveOffNonWorkingDays: false);
        Assert.Equal(D(2029, 2, 28), result.LastDay);
    }

    [Fact]
    public void A_working_day_deadline_counts_working_days_and_never_needs_moving()
    {
        // 3 April 2026 is Good Friday: the weekend and Easter Monday are skipped.
        var result = LegalCalendar.Deadline(D(2026, 4, 3), 7, LegalUnit.Days, DayCountType.Working, moveOffNonWorkingDays: true);
        Assert.Equal(D(2026, 4, 15), result.LastDay);
        Assert.False(result.WasMoved);
    }

    [Fact]
    public void A_unit_that_is_not_a_period_is_a_bug()
    {
        Assert.Throws<ArgumentException>(() => LegalCalendar.Deadline(D(2026, 4, 3), 7, LegalUnit.Zloty, DayCountType.None, moveOffNonWorkingDays: true));
    }

    [Fact]
    public void The_offer_deadline_of_a_competition_published_on_Good_Friday_ends_21_days_later_at_Warsaw_midnight()
    {
        // art. 13 ust. 1 UDPP: not shorter than 21 days from publication; the publication day is not counted (KC art. 111 § 2).
        var seed = LegalParameterSeed.Defaults.Single(r => r.Key == LegalParameterKeys.OfferDeadlineMinDays);
        var period = new LegalValue(seed.Key, seed.Value, seed.Unit, seed.DayType, seed.LegalBasis, seed.Unverified);
        Assert.Equal(21, period.AsInt());

        var published = D(2026, 4, 3); // Good Friday; Easter Sunday 5 April, Easter Monday 6 April
        var result = LegalCalendar.Deadline(published, period, moveOffNonWorkingDays: true);

        Assert.Equal(D(2026, 4, 24), result.LastDay);
        Assert.False(result.WasMoved);
        Assert.Equal(new DateTimeOffset(2026, 4, 24, 22, 0, 0, TimeSpan.Zero), result.EndsBefore);
        Assert.Equal(new DateTime(2026, 4, 25, 0, 0, 0), WarsawTime.ToLocal(result.EndsBefore));
    }
}
