namespace Civitas.Platform.LegalParameters;

/// <summary>How a day count runs: calendar days, or working days (Mon–Fri without public holidays).</summary>
public enum DayCountType
{
    /// <summary>Not a day count.</summary>
    None = 0,
    /// <summary>Calendar days.</summary>
    Calendar = 1,
    /// <summary>Working days.</summary>
    Working = 2,
}
