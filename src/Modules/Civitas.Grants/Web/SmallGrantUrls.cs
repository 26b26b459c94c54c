namespace Civitas.Grants.Web;

/// <summary>Addresses of the small-grant pages.</summary>
internal static class SmallGrantUrls
{
    public const string Public = "/male-granty";
    public const string New = "/male-granty/nowa";
    public const string Mine = "/moje-male-granty";
    public const string Office = "/urzad/male-granty";
    public const string Plan = "/urzad/male-granty/plan";

    public static string PublicOffer(Guid id) => $"/male-granty/{id}";
    public static string Comment(Guid id) => $"/male-granty/{id}/uwagi";
    public static string MyOffer(Guid id) => $"/moje-male-granty/{id}";
    public static string OfficeOffer(Guid id) => $"/urzad/male-granty/{id}";
}
