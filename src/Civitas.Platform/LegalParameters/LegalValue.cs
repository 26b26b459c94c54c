namespace Civitas.Platform.LegalParameters;

/// <summary>A legal parameter's value in force on a date, with what a user needs to see with it.</summary>
public sealed record LegalValue(string Key, decimal Value, LegalUnit Unit, DayCountType DayType, string LegalBasis, bool Unverified)
{
    /// <summary>The value as a whole number (day counts, months).</summary>
    public int AsInt() => (int)Value;
}
