using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Civitas.Platform.Ui;

/// <summary>Model of the shared <c>_Pager</c> partial: keeps the current query and swaps the page.</summary>
public sealed class PagerModel(HttpRequest request, int page, int pageCount)
{
    /// <summary>Current page.</summary>
    public int Page { get; } = page;

    /// <summary>Number of pages.</summary>
    public int PageCount { get; } = pageCount;

    /// <summary>URL of another page with every other query parameter kept.</summary>
    public string UrlFor(int page)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        var pairs = query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).ToList();
        pairs.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(request.Path, pairs);
    }
}
