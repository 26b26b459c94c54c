namespace Civitas.Platform.LegalParameters;

/// <summary>Unit of a legal parameter's value.</summary>
public enum LegalUnit
{
    /// <summary>Days (see <see cref="DayCountType"/>).</summary>
    Days = 1,
    /// <summary>Months.</summary>
    Months = 2,
    /// <summary>Years.</summary>
    Years = 3,
    /// <summary>Polish złoty.</summary>
    Zloty = 4,
    /// <summary>Percent.</summary>
    Percent = 5,
    /// <summary>A count (organisations, members).</summary>
    Count = 6,
    /// <summary>A day of the year as MMDD (1130 = 30 November).</summary>
    MonthDay = 7,
}
