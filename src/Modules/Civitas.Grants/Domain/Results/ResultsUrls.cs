namespace Civitas.Grants.Domain.Results;

/// <summary>Addresses of the results pages.</summary>
internal static class ResultsUrls
{
    public static string Decision(Guid competitionId) => $"/urzad/konkursy/{competitionId}/decyzja";

    public static string Justifications(Guid competitionId) => $"/urzad/konkursy/{competitionId}/uzasadnienia";

    public static string Answer(Guid competitionId, Guid requestId) => $"/urzad/konkursy/{competitionId}/uzasadnienia/{requestId}";

    public static string Request(Guid offerId) => $"/oferty/{offerId}/uzasadnienie";

    /// <summary>The signed-in person's own requests for justification, with the answers.</summary>
    public const string MyRequests = "/moje-wnioski-o-uzasadnienie";

    public static string Api(Guid competitionId) => $"/api/v1/competitions/{competitionId}/results";

    public static string PublicationKey(Guid competitionId) => $"competition:{competitionId}:results";
}
