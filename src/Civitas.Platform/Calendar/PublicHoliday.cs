namespace Civitas.Platform.Calendar;

/// <summary>A Polish public holiday (dzień ustawowo wolny od pracy) with its names in both languages.</summary>
public sealed record PublicHoliday(DateOnly Date, string NamePl, string NameEn);
