using System.Globalization;

namespace Civitas.Publishing.Domain;

/// <summary>The module's public URLs (Polish, as residents see them).</summary>
internal static class PublicationUrls
{
    public const string Register = "/publikacje";
    public const string Archive = "/publikacje/archiwum";
    public const string Feed = "/publikacje/feed.atom";
    public const string Office = "/urzad/publikacje";

    public static string Entry(Guid id) => $"/publikacje/{id}";

    public static string Version(Guid id, int number) => $"/publikacje/{id}/wersja/{number.ToString(CultureInfo.InvariantCulture)}";

    public static string OfficeEntry(Guid id, int? number = null)
        => number is { } n ? $"/urzad/publikacje/{id}?wersja={n.ToString(CultureInfo.InvariantCulture)}" : $"/urzad/publikacje/{id}";

    public static string Withdraw(Guid id) => $"/urzad/publikacje/{id}/wycofaj";
}
