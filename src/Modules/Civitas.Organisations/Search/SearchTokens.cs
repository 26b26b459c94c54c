using System.Text;
using Civitas.Organisations.Contracts;

namespace Civitas.Organisations.Search;

/// <summary>
/// Words added to a listing's full-text document so that the full-text index also answers the
/// directory's filters: the JST, visibility, verification, legal form, public-benefit status, spheres,
/// districts and whether the seat has coordinates. A filtered count is then one index query that stops
/// after the cap, without reading a single row (docs/adr/0005-organisation-search.md). They start with
/// "zz", which no Polish or English word does; a searched word starting with "zz" is ignored.
/// </summary>
internal static class SearchTokens
{
    public const string Prefix = "zz";
    public const string Visible = "zzv";
    public const string Verified = "zzw";
    public const string PublicBenefit = "zzo";
    public const string Located = "zzl";
    public const string NotLocated = "zzn";

    public static string Tenant(Guid id) => "zzt" + id.ToString("N");

    public static string LegalForm(OrganisationLegalForm form) => "zzf" + ((int)form).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Sphere(string code) => "zzs" + code;

    public static string District(Guid id) => "zzd" + id.ToString("N");

    /// <summary>The indexed document: the folded text followed by the tokens that apply.</summary>
    public static string Document(string searchText, Guid tenantId, bool visible, bool verified, OrganisationLegalForm form, bool publicBenefit,
        bool located, IEnumerable<string> spheres, IEnumerable<Guid> districts)
    {
        var sb = new StringBuilder(searchText.Length + 200).Append(searchText).Append(' ').Append(Tenant(tenantId)).Append(' ').Append(LegalForm(form));
        if (visible) sb.Append(' ').Append(Visible);
        if (verified) sb.Append(' ').Append(Verified);
        if (publicBenefit) sb.Append(' ').Append(PublicBenefit);
        sb.Append(' ').Append(located ? Located : NotLocated);
        foreach (var s in spheres) sb.Append(' ').Append(Sphere(s));
        foreach (var d in districts) sb.Append(' ').Append(District(d));
        return sb.ToString();
    }
}
