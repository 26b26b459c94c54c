using System.Globalization;

namespace Civitas.Grants.Web.Statistics;

internal static class StatisticsUrls
{
    public const string Office = "/urzad/dotacje/statystyki";

    public static string ForYear(int year) => Office + "?rok=" + year.ToString(CultureInfo.InvariantCulture);

    public static string Export(string handler, int year, string table) =>
        $"{Office}?handler={handler}&rok={year.ToString(CultureInfo.InvariantCulture)}&tabela={table}";
}
