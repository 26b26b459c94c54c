using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;

namespace Civitas.Platform.Tests.Calendar;

public sealed class WarsawTimeTests
{
    private static DateTimeOffset Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2, 0)]
    [InlineData(2, 30)]
    [InlineData(2, 59)]
    public void A_time_skipped_by_the_spring_change_on_29_March_2026_does_not_exist(int hour, int minute)
    {
        Assert.False(WarsawTime.TryToUtc(new DateOnly(2026, 3, 29), new TimeOnly(hour, minute), out _));
        Assert.Throws<ArgumentException>(() => WarsawTime.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(hour, minute)));
    }

    [Fact]
    public void Times_around_the_spring_change_convert_with_the_right_offset()
    {
        Assert.Equal(Utc(2026, 3, 29, 0, 59), WarsawTime.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(1, 59)));
        Assert.Equal(Utc(2026, 3, 29, 1, 0), WarsawTime.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(3, 0)));
    }

    [Fact]
    public void The_repeated_hour_of_the_autumn_change_on_25_October_2026_resolves_to_the_later_instant()
    {
        Assert.True(WarsawTime.TryToUtc(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), out var instant));
        Assert.Equal(Utc(2026, 10, 25, 1, 30), instant);
        // The hours on either side are unambiguous.
        Assert.Equal(Utc(2026, 10, 24, 23, 59), WarsawTime.ToUtc(new DateOnly(2026, 10, 25), new TimeOnly(1, 59)));
        Assert.Equal(Utc(2026, 10, 25, 2, 0), WarsawTime.ToUtc(new DateOnly(2026, 10, 25), new TimeOnly(3, 0)));
    }

    [Fact]
    public void The_day_of_the_spring_change_lasts_23_hours_and_the_day_of_the_autumn_change_25()
    {
        TimeSpan Length(DateOnly day) => WarsawTime.EndOfDay(day) - WarsawTime.EndOfDay(day.AddDays(-1));

        Assert.Equal(TimeSpan.FromHours(23), Length(new DateOnly(2026, 3, 29)));
        Assert.Equal(TimeSpan.FromHours(25), Length(new DateOnly(2026, 10, 25)));
        Assert.Equal(TimeSpan.FromHours(24), Length(new DateOnly(2026, 3, 28)));
        Assert.Equal(TimeSpan.FromHours(24), Length(new DateOnly(2026, 10, 26)));
    }

    [Fact]
    public void End_of_day_is_Warsaw_midnight_in_winter_and_in_summer()
    {
        Assert.Equal(Utc(2026, 1, 15, 23), WarsawTime.EndOfDay(new DateOnly(2026, 1, 15)));
        Assert.Equal(Utc(2026, 7, 15, 22), WarsawTime.EndOfDay(new DateOnly(2026, 7, 15)));
        Assert.Equal(Utc(2026, 3, 28, 23), WarsawTime.EndOfDay(new DateOnly(2026, 3, 28)));
        Assert.Equal(Utc(2026, 3, 29, 22), WarsawTime.EndOfDay(new DateOnly(2026, 3, 29)));
        Assert.Equal(Utc(2026, 10, 24, 22), WarsawTime.EndOfDay(new DateOnly(2026, 10, 24)));
        Assert.Equal(Utc(2026, 10, 25, 23), WarsawTime.EndOfDay(new DateOnly(2026, 10, 25)));
    }

    [Theory]
    // 20 March 2026 + 14 days crosses the spring change (29 March): ends Friday 3 April, CEST.
    [InlineData(2026, 3, 20, 2026, 4, 3, 22)]
    // 16 October 2026 + 14 days crosses the autumn change (25 October): ends Friday 30 October, CET.
    [InlineData(2026, 10, 16, 2026, 10, 30, 23)]
    public void A_deadline_counted_across_a_clock_change_still_ends_at_Warsaw_midnight(int y, int m, int d, int ly, int lm, int ld, int utcHour)
    {
        var result = LegalCalendar.Deadline(new DateOnly(y, m, d), 14, LegalUnit.Days, DayCountType.Calendar, moveOffNonWorkingDays: true);
        Assert.Equal(new DateOnly(ly, lm, ld), result.LastDay);
        Assert.Equal(Utc(ly, lm, ld, utcHour), result.EndsBefore);
        Assert.Equal(new DateTime(ly, lm, ld).AddDays(1), WarsawTime.ToLocal(result.EndsBefore));
    }

    [Fact]
    public void The_Warsaw_date_of_an_instant_changes_at_Warsaw_midnight_not_UTC_midnight()
    {
        Assert.Equal(new DateOnly(2026, 7, 16), WarsawTime.DateOf(Utc(2026, 7, 15, 22, 30)));
        Assert.Equal(new DateOnly(2026, 7, 15), WarsawTime.DateOf(Utc(2026, 7, 15, 21, 59)));
        var clock = new Civitas.Testing.TestClock(Utc(2026, 12, 31, 23, 30));
        Assert.Equal(new DateOnly(2027, 1, 1), WarsawTime.Today(clock));
    }
}
