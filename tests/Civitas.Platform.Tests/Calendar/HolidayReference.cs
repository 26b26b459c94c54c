using System.Globalization;
using System.Text.Json;
using Civitas.Testing;

namespace Civitas.Platform.Tests.Calendar;

/// <summary>The python-holidays snapshot of Polish public holidays (../shared/data/holidays), read at
/// test time: PL_COMMON.json (date → English name) and PL.po (Polish name with its English comment).</summary>
internal static class HolidayReference
{
    private static readonly Lazy<IReadOnlyDictionary<DateOnly, string>> LazyDates = new(LoadDates);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> LazyPolishNames = new(LoadPolishNames);

    public static string Folder => Path.Combine(TestEnvironment.Shared, "data", "holidays");

    /// <summary>Every listed holiday, 1950–2050, with its English name.</summary>
    public static IReadOnlyDictionary<DateOnly, string> Dates => LazyDates.Value;

    /// <summary>English name → official Polish name.</summary>
    public static IReadOnlyDictionary<string, string> PolishNames => LazyPolishNames.Value;

    private static Dictionary<DateOnly, string> LoadDates()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "PL_COMMON.json")));
        return json.RootElement.EnumerateObject().ToDictionary(
            p => DateOnly.ParseExact(p.Name, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            p => p.Value.GetString()!);
    }

    private static Dictionary<string, string> LoadPolishNames()
    {
        // Entries look like:   #. New Year's Day.
        //                      msgid "Nowy Rok"
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string? english = null;
        foreach (var raw in File.ReadLines(Path.Combine(Folder, "PL.po")))
        {
            var line = raw.Trim();
            if (line.StartsWith("#. ", StringComparison.Ordinal))
            {
                english = line[3..].TrimEnd('.');
            }
            else if (line.StartsWith("msgid \"", StringComparison.Ordinal))
            {
                var polish = line[7..^1];
                if (english is not null && polish.Length > 0) names[english] = polish;
                english = null;
            }
        }
        return names;
    }
}
