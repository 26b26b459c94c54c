namespace Civitas.Grants.Web.Competitions;

/// <summary>Addresses of the competition pages.</summary>
internal static class CompetitionUrls
{
    public const string PublicList = "/konkursy";
    public const string OfficeList = "/urzad/konkursy";

    public static string Public(Guid id) => $"/konkursy/{id}";

    public static string Office(Guid id) => $"/urzad/konkursy/{id}";

    public static string Edit(Guid id) => $"/urzad/konkursy/{id}/ogloszenie";

    public static string Correct(Guid id) => $"/urzad/konkursy/{id}/korekta";

    public static string Cancel(Guid id) => $"/urzad/konkursy/{id}/uniewaznienie";
}
