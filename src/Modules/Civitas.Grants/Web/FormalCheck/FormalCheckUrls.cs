namespace Civitas.Grants.Web.FormalCheck;

/// <summary>Addresses of the formal-check pages.</summary>
internal static class FormalCheckUrls
{
    public static string Offers(Guid competitionId) => $"/urzad/konkursy/{competitionId}/oferty";

    public static string Review(Guid competitionId, Guid offerId) => $"/urzad/konkursy/{competitionId}/ocena-formalna/{offerId}";

    public static string Pdf(Guid competitionId, Guid offerId) => $"/urzad/konkursy/{competitionId}/oferty/{offerId}/pdf";
}
