using Civitas.Organisations.Data;
using Civitas.Organisations.Search;
using Civitas.Platform;
using Civitas.Platform.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Pages.Organisations.Public;

/// <summary>The directory's GET search form (list and map): raw values as typed, the parsed filter,
/// and messages for values that make no sense (shown next to the filter, never a 500).</summary>
internal sealed class DirectoryFilterForm
{
    public string? Q { get; private init; }
    public string? Sphere { get; private init; }
    public string? District { get; private init; }
    public string? LegalForm { get; private init; }
    public bool Opp { get; private init; }
    public bool Verified { get; private init; }
    public string? Sort { get; private init; }
    public DirectoryFilter Filter { get; private init; } = new();
    public IReadOnlyDictionary<string, string> Errors { get; private init; } = new Dictionary<string, string>();
    public IReadOnlyList<(Guid Id, string Name)> Districts { get; private init; } = [];
    /// <summary>The query string of the filter (without the page), for links to the map, the list and the exports.</summary>
    public string QueryString { get; private init; } = "";

    public bool IsValid => Errors.Count == 0;

    public static async Task<DirectoryFilterForm> ReadAsync(HttpRequest request, OrganisationsDb db, TextLocator text, CancellationToken ct)
    {
        var q = request.Query;
        string? Get(string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString();
        var (filter, parseErrors) = DirectoryFilter.Parse(Get("q"), Get("sphere"), Get("district"), Get("legalForm"), Get("opp"), Get("verified"), Get("sort"));
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var errors = parseErrors.GroupBy(e => e.Field ?? "q").ToDictionary(g => g.Key, g => text.Message(typeof(DirectoryFilterForm), g.First()));
        if (filter.District is { } d && districts.All(x => x.Id != d))
        {
            errors["district"] = text.Message(typeof(DirectoryFilterForm), new Error("Directory.DistrictUnknown", "district"));
            filter = filter with { District = null };
        }
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var key in new[] { "q", "sphere", "district", "legalForm", "opp", "verified", "sort" })
        {
            if (Get(key) is { } v && !errors.ContainsKey(key)) pairs.Add(new(key, v));
        }
        return new DirectoryFilterForm
        {
            Q = Get("q"),
            Sphere = Get("sphere"),
            District = Get("district"),
            LegalForm = Get("legalForm"),
            Opp = filter.PublicBenefit == true,
            Verified = filter.Verified == true,
            Sort = Get("sort"),
            Filter = filter,
            Errors = errors,
            Districts = districts.Select(x => (x.Id, x.Name)).ToList(),
            QueryString = QueryHelpers.AddQueryString("", pairs),
        };
    }
}
