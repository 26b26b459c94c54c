using System.Globalization;
using Civitas.Publishing.Contracts;
using Civitas.Publishing.Domain;
using Civitas.Publishing.Queries;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Civitas.Publishing.Web;

/// <summary>Reads the register's GET filters (Polish query names, as in the address bar) and puts a clear
/// message next to each field whose value cannot be used; the list is then shown without that filter.</summary>
internal static class RegisterFilterParser
{
    public const string CategoryField = "kategoria";
    public const string YearField = "rok";
    public const string SearchField = "szukaj";
    public const int MaxSearchLength = 200;

    public static RegisterFilter Parse(string? category, string? year, string? search, ModelStateDictionary modelState, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(text);
        PublicationCategory? parsedCategory = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            if (PublicationCategoryCodes.TryParse(category, out var c)) parsedCategory = c;
            else modelState.AddModelError(CategoryField, text["Filter.CategoryUnknown"]);
        }
        int? parsedYear = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 9999) parsedYear = y;
            else modelState.AddModelError(YearField, text["Filter.YearInvalid"]);
        }
        string? parsedSearch = null;
        if (!string.IsNullOrWhiteSpace(search))
        {
            if (search.Trim().Length <= MaxSearchLength) parsedSearch = search.Trim();
            else modelState.AddModelError(SearchField, text["Filter.SearchTooLong", MaxSearchLength]);
        }
        return new RegisterFilter(parsedCategory, parsedYear, parsedSearch);
    }

    /// <summary>The page number of the shared pager ("page"); anything unusable means the first page.</summary>
    public static int Page(string? page)
        => int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
}
