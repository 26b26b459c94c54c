namespace Civitas.Platform.Calendar;

/// <summary>A computed legal deadline: the last day, whether it was moved off a non-working day,
/// and the first instant after it (anything strictly before <see cref="EndsBefore"/> is on time).</summary>
public sealed record DeadlineResult(DateOnly LastDay, DateOnly UnmovedLastDay, DateTimeOffset EndsBefore)
{
    /// <summary>True when the deadline fell on a non-working day and moved to the next working day.</summary>
    public bool WasMoved => LastDay != UnmovedLastDay;
}
