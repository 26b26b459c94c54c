namespace Civitas.Grants.Pages.Grants.Committee;

/// <summary>The committee's addresses (Polish routes).</summary>
internal static class CommitteeUrls
{
    public const string Mine = "/komisja";

    public static string Competition(Guid id) => $"/komisja/konkursy/{id}";

    public static string Offer(Guid id, Guid offerId) => $"/komisja/konkursy/{id}/oferty/{offerId}";

    public static string Composition(Guid id) => $"/urzad/konkursy/{id}/komisja";

    public static string Sheet(Guid id) => $"/urzad/konkursy/{id}/arkusz";

    public static string Protocol(Guid id) => $"/urzad/konkursy/{id}/protokol";
}
