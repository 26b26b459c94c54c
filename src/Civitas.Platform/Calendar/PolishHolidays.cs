namespace Civitas.Platform.Calendar;

/// <summary>
/// Polish public holidays for any year, including the changes of 1951, 1960, 1989, 1990, 2011, the
/// one-off 12 November 2018 and 24 December from 2025 (ustawa z 18.01.1951 o dniach wolnych od pracy,
/// as amended; Dz.U. 2024 poz. 1965 for Wigilia). Checked against 1950–2050 in the tests.
/// </summary>
public static class PolishHolidays
{
    /// <summary>All holidays of <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<PublicHoliday> For(int year)
    {
        var easter = EasterSunday(year);
        var list = new List<PublicHoliday>
        {
            new(new DateOnly(year, 1, 1), "Nowy Rok", "New Year's Day"),
            new(easter, "Niedziela Wielkanocna", "Easter Sunday"),
            new(easter.AddDays(1), "Poniedziałek Wielkanocny", "Easter Monday"),
            new(new DateOnly(year, 5, 1), "Święto Państwowe", "National Day"),
            new(easter.AddDays(49), "Zielone Świątki", "Pentecost"),
            new(easter.AddDays(60), "Dzień Bożego Ciała", "Corpus Christi"),
            new(new DateOnly(year, 11, 1), "Uroczystość Wszystkich Świętych", "All Saints' Day"),
            new(new DateOnly(year, 12, 25), "Boże Narodzenie (pierwszy dzień)", "Christmas Day"),
            new(new DateOnly(year, 12, 26), "Boże Narodzenie (drugi dzień)", "Second Day of Christmas"),
        };

        // 1951: the 1951 act dropped Candlemas, Ascension, Pentecost Monday, Sts Peter and Paul,
        // the Immaculate Conception, 3 and 9 May.
        if (year <= 1950)
        {
            list.Add(new(new DateOnly(year, 2, 2), "Oczyszczenie Najświętszej Marii Panny", "Candlemas"));
            list.Add(new(new DateOnly(year, 5, 9), "Narodowe Święto Zwycięstwa i Wolności", "National Victory and Freedom Day"));
            list.Add(new(easter.AddDays(39), "Wniebowstąpienie Pańskie", "Ascension Day"));
            list.Add(new(easter.AddDays(50), "Drugi dzień Zielonych Świątek", "Pentecost Monday"));
            list.Add(new(new DateOnly(year, 6, 29), "Uroczystość Świętych Apostołów Piotra i Pawła", "Saints Peter and Paul Day"));
            list.Add(new(new DateOnly(year, 12, 8), "Niepokalane Poczęcie Najświętszej Marii Panny", "Immaculate Conception of the Blessed Virgin Mary"));
        }
        // Święto Trzech Króli: abolished in 1960, restored from 2011.
        if (year <= 1960 || year >= 2011) list.Add(new(new DateOnly(year, 1, 6), "Święto Trzech Króli", "Epiphany"));
        // 3 May: until 1950, and again from 1990.
        if (year <= 1950 || year >= 1990) list.Add(new(new DateOnly(year, 5, 3), "Święto Narodowe Trzeciego Maja", "National Day of the Third of May"));
        // 22 July: 1950–1989.
        if (year <= 1989) list.Add(new(new DateOnly(year, 7, 22), "Narodowe Święto Odrodzenia Polski", "National Day of Rebirth of Poland"));
        // Assumption: abolished in 1960, restored from 1989.
        if (year <= 1960 || year >= 1989) list.Add(new(new DateOnly(year, 8, 15), "Wniebowzięcie Najświętszej Marii Panny", "Assumption Day"));
        // 11 November: from 1989.
        if (year >= 1989) list.Add(new(new DateOnly(year, 11, 11), "Narodowe Święto Niepodległości", "National Independence Day"));
        // One-off holiday for the centenary of independence (ustawa z 9.11.2018).
        if (year == 2018) list.Add(new(new DateOnly(2018, 11, 12), "Narodowe Święto Niepodległości - 100-lecie", "National Independence Day - 100th anniversary"));
        // Wigilia Bożego Narodzenia is a public holiday from 2025.
        if (year >= 2025) list.Add(new(new DateOnly(year, 12, 24), "Wigilia Bożego Narodzenia", "Christmas Eve"));

        list.Sort((a, b) => a.Date.CompareTo(b.Date));
        return list;
    }

    /// <summary>The holiday on <paramref name="date"/>, or null.</summary>
    public static PublicHoliday? On(DateOnly date) => Cache.For(date.Year).GetValueOrDefault(date);

    /// <summary>Easter Sunday (Gregorian computus, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static class Cache
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Dictionary<DateOnly, PublicHoliday>> Years = new();

        public static Dictionary<DateOnly, PublicHoliday> For(int year)
            => Years.GetOrAdd(year, y => PolishHolidays.For(y).ToDictionary(h => h.Date));
    }
}
