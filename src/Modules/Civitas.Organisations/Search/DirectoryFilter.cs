using Civitas.Organisations.Contracts;
using Civitas.Organisations.Domain;
using Civitas.Platform;

namespace Civitas.Organisations.Search;

/// <summary>The directory's search and filters, shared by the list, the map, the exports and the API
/// (query parameters q, sphere, district, legalForm, opp, verified, sort).</summary>
internal sealed record DirectoryFilter
{
    public string? Query { get; init; }
    public IReadOnlyList<string> Terms { get; init; } = [];
    public string? Sphere { get; init; }
    public Guid? District { get; init; }
    public OrganisationLegalForm? LegalForm { get; init; }
    public bool? PublicBenefit { get; init; }
    public bool? Verified { get; init; }
    public DirectorySort Sort { get; init; }

    public bool IsEmpty => Terms.Count == 0 && Sphere is null && District is null && LegalForm is null && PublicBenefit is null && Verified is null;

    /// <summary>Parses raw query values; unknown values are errors on the field of the same name
    /// (shown next to the filter, or as a 400 problem in the API), never silently ignored. The filter
    /// keeps the values that were valid.</summary>
    public static (DirectoryFilter Filter, IReadOnlyList<Error> Errors) Parse(string? q, string? sphere, string? district, string? legalForm, string? opp, string? verified, string? sort)
    {
        var errors = new List<Error>();
        var query = q?.Trim();
        if (query?.Length > 200)
        {
            errors.Add(new Error("Directory.QueryTooLong", "q", 200));
            query = query[..200];
        }
        var sphereCode = string.IsNullOrWhiteSpace(sphere) ? null : sphere.Trim();
        if (sphereCode is not null && !SphereSeed.Exists(sphereCode))
        {
            errors.Add(new Error("Directory.SphereUnknown", "sphere", sphereCode.Length > 10 ? sphereCode[..10] : sphereCode));
            sphereCode = null;
        }
        Guid? districtId = null;
        if (!string.IsNullOrWhiteSpace(district))
        {
            if (Guid.TryParse(district, out var d)) districtId = d;
            else errors.Add(new Error("Directory.DistrictUnknown", "district"));
        }
        OrganisationLegalForm? form = null;
        if (!string.IsNullOrWhiteSpace(legalForm))
        {
            if (Enum.TryParse<OrganisationLegalForm>(legalForm.Trim(), ignoreCase: true, out var f) && Enum.IsDefined(f) && !int.TryParse(legalForm, out _)) form = f;
            else errors.Add(new Error("Directory.LegalFormUnknown", "legalForm"));
        }
        var oppValue = Flag(opp, "opp", errors);
        var verifiedValue = Flag(verified, "verified", errors);
        var sortValue = DirectorySort.Name;
        if (!string.IsNullOrWhiteSpace(sort))
        {
            if (sort.Trim().Equals("newest", StringComparison.OrdinalIgnoreCase)) sortValue = DirectorySort.Newest;
            else if (!sort.Trim().Equals("name", StringComparison.OrdinalIgnoreCase)) errors.Add(new Error("Directory.SortUnknown", "sort"));
        }
        return (new DirectoryFilter
        {
            Query = string.IsNullOrEmpty(query) ? null : query,
            // Words starting with "zz" would reach the filter tokens of the index (SearchTokens).
            Terms = SearchText.Terms(query).Where(t => !t.StartsWith(SearchTokens.Prefix, StringComparison.Ordinal)).ToList(),
            Sphere = sphereCode,
            District = districtId,
            LegalForm = form,
            PublicBenefit = oppValue,
            Verified = verifiedValue,
            Sort = sortValue,
        }, errors);
    }

    private static bool? Flag(string? value, string field, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        switch (value.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "on" or "tak":
                return true;
            case "false" or "0" or "nie":
                return false;
            default:
                errors.Add(new Error("Directory.FlagInvalid", field));
                return null;
        }
    }
}
