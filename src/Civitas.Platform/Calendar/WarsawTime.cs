namespace Civitas.Platform.Calendar;

/// <summary>
/// Conversions between UTC instants and the Europe/Warsaw wall clock in which Polish deadlines are
/// set ("do 15 maja 2026 r. do godz. 15:30"). Instants are stored in UTC (ARCHITECTURE.md §3).
/// </summary>
public static class WarsawTime
{
    /// <summary>The Europe/Warsaw zone (IANA id; tzdata is present on every supported machine).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    /// <summary>The wall-clock time in Warsaw of <paramref name="instant"/>.</summary>
    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>Today's date in Warsaw.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(ToLocal(clock.GetUtcNow()));
    }

    /// <summary>The date in Warsaw of <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    /// <summary>
    /// The UTC instant of a Warsaw wall-clock time. Returns false for a time skipped by the spring
    /// change (02:00–02:59 on the last Sunday of March), which a deadline must not name. An hour that
    /// occurs twice in October resolves to the later instant, the reading that favours the person
    /// racing the deadline.
    /// </summary>
    public static bool TryToUtc(DateOnly date, TimeOnly time, out DateTimeOffset instant)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            instant = default;
            return false;
        }
        TimeSpan offset;
        if (Zone.IsAmbiguousTime(local))
        {
            offset = Zone.GetAmbiguousTimeOffsets(local).Min();
        }
        else
        {
            offset = Zone.GetUtcOffset(local);
        }
        instant = new DateTimeOffset(local, offset).ToUniversalTime();
        return true;
    }

    /// <summary>As <see cref="TryToUtc"/>, throwing for a skipped time.</summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time)
        => TryToUtc(date, time, out var instant) ? instant : throw new ArgumentException($"{date:yyyy-MM-dd} {time:HH:mm} does not exist in Europe/Warsaw.", nameof(time));

    /// <summary>The first instant after the whole Warsaw day <paramref name="date"/> (its midnight
    /// into the next day): a deadline "by date D" is met by anything strictly before it (KC art. 111).</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => ToUtc(date.AddDays(1), TimeOnly.MinValue);
}
