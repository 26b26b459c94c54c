using Civitas.Platform.Ui;
using Civitas.Publishing.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Civitas.Publishing.Web;

/// <summary>What the shared filter form and results table of the register and the archive show.</summary>
internal sealed record RegisterListModel(
    string PageUrl,
    bool Archive,
    PagedList<PublicationRow> Entries,
    IReadOnlyList<int> Years,
    string? Category,
    string? Year,
    string? Search,
    ModelStateDictionary ModelState,
    HttpRequest Request,
    DateTimeOffset Now)
{
    public PagerModel Pager => new(Request, Entries.Page, Entries.PageCount);

    public bool Filtered => !string.IsNullOrWhiteSpace(Category) || !string.IsNullOrWhiteSpace(Year) || !string.IsNullOrWhiteSpace(Search);

    public string? ErrorOf(string field)
        => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
