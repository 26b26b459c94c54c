using Civitas.Platform.Calendar;

namespace Civitas.Platform.Tests.Calendar;

public sealed class PolishHolidaysTests
{
    public static TheoryData<int> Years()
    {
        var data = new TheoryData<int>();
        for (var year = 1950; year <= 2050; year++) data.Add(year);
        return data;
    }

    [Fact]
    public void The_reference_data_covers_1950_to_2050()
    {
        Assert.Equal(1230, HolidayReference.Dates.Count);
        Assert.Equal(1950, HolidayReference.Dates.Keys.Min().Year);
        Assert.Equal(2050, HolidayReference.Dates.Keys.Max().Year);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Holidays_of_the_year_are_exactly_those_of_the_reference_with_the_same_English_names(int year)
    {
        var expected = HolidayReference.Dates.Where(d => d.Key.Year == year).OrderBy(d => d.Key).ToList();
        var actual = PolishHolidays.For(year);

        Assert.Equal(expected.Select(e => e.Key), actual.Select(h => h.Date));
        Assert.Equal(expected.Select(e => e.Value), actual.Select(h => h.NameEn));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Every_day_of_the_year_is_a_holiday_exactly_when_the_reference_says_so(int year)
    {
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            var expected = HolidayReference.Dates.GetValueOrDefault(day);
            Assert.Equal(expected, PolishHolidays.On(day)?.NameEn);
            Assert.Equal(expected is not null, LegalCalendar.IsPublicHoliday(day));
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Polish_names_are_the_official_names_of_the_gettext_catalogue(int year)
    {
        foreach (var holiday in PolishHolidays.For(year))
        {
            Assert.True(HolidayReference.PolishNames.TryGetValue(holiday.NameEn, out var polish), $"PL.po has no entry for {holiday.NameEn}");
            Assert.Equal(polish, holiday.NamePl);
        }
    }

    [Fact]
    public void Every_English_name_of_the_reference_has_a_Polish_name_in_the_catalogue()
    {
        foreach (var name in HolidayReference.Dates.Values.Distinct())
        {
            Assert.True(HolidayReference.PolishNames.ContainsKey(name), $"PL.po has no entry for {name}");
        }
    }

    [Theory]
    [InlineData(1950, 4, 9)]
    [InlineData(1961, 4, 2)]
    [InlineData(1981, 4, 19)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2049, 4, 18)]
    public void Easter_Sunday_falls_on_the_Gregorian_date(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), PolishHolidays.EasterSunday(year));
    }

    [Fact]
    public void Easter_Sunday_always_falls_between_22_March_and_25_April_on_a_Sunday()
    {
        for (var year = 1583; year <= 4099; year++)
        {
            var easter = PolishHolidays.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Fact]
    public void Christmas_Eve_is_a_holiday_from_2025_and_not_before()
    {
        Assert.Null(PolishHolidays.On(new DateOnly(2024, 12, 24)));
        Assert.Equal("Wigilia Bożego Narodzenia", PolishHolidays.On(new DateOnly(2025, 12, 24))!.NamePl);
        Assert.Equal(13, PolishHolidays.For(2024).Count);
        Assert.Equal(14, PolishHolidays.For(2025).Count);
    }

    [Fact]
    public void The_centenary_of_independence_was_a_one_off_holiday_on_12_November_2018()
    {
        Assert.NotNull(PolishHolidays.On(new DateOnly(2018, 11, 12)));
        Assert.Null(PolishHolidays.On(new DateOnly(2019, 11, 12)));
        Assert.Null(PolishHolidays.On(new DateOnly(2017, 11, 12)));
    }
}
